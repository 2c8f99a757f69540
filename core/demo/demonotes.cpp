#include "demonotes.h"

#include <algorithm>

#include "core/demo/demotexts.h"
#include "core/domain/clock.h"

namespace mestring::core::demo {

namespace {

struct Draft
{
    QDateTime at;
    QString course;
    int author = 0;
    NoteKind kind = NoteKind::Session;
    QString text;
};

QDateTime during(DemoRandom &rng, const QDate &day, int fromHour, int toHour)
{
    return Clock::at(day, QTime(rng.uniform(fromHour, toHour - 1), rng.uniform(0, 59)));
}

void fromAppointment(DemoContext &ctx, DemoRandom &rng, int index, std::vector<Draft> &drafts)
{
    const Appointment &a = ctx.data.appointments[std::size_t(index)];
    const QDateTime at = a.start.addSecs(60 * (a.minutes + rng.uniform(5, 60)));
    const int author = ctx.staffIndex(a.staff);
    if (a.status == AppointmentStatus::NoShow && rng.chance(150)) {
        drafts.push_back(
            {at, a.course, author, NoteKind::Phone, journalText(ctx, rng, TextKind::NoShow)});
        return;
    }
    if (a.status != AppointmentStatus::Attended) return;
    if (const auto it = ctx.reassessments.find(index); it != ctx.reassessments.end()) {
        drafts.push_back(
            {at, a.course, author, NoteKind::Medication, reassessmentText(ctx, it->second)});
        return;
    }
    struct Rule
    {
        TextKind text;
        NoteKind kind;
        int permille;
    };
    static const Rule rules[] = {
        {TextKind::Session, NoteKind::Session, 400},
        {TextKind::Family, NoteKind::Session, 450},
        {TextKind::Family, NoteKind::Session, 450},
        {TextKind::Doctor, NoteKind::Medication, 600},
        {TextKind::Nurse, NoteKind::Medication, 200},
        {TextKind::Nurse, NoteKind::Other, 50},
        {TextKind::Outreach, NoteKind::Session, 450},
        {TextKind::Phone, NoteKind::Phone, 300},
        {TextKind::Session, NoteKind::Session, 400},
    };
    const Rule &rule = rules[std::size_t(a.type)];
    if (rng.chance(rule.permille))
        drafts.push_back({at, a.course, author, rule.kind, journalText(ctx, rng, rule.text)});
}

void fromCourse(DemoContext &ctx, DemoRandom &rng, const Course &course, std::vector<Draft> &drafts)
{
    if (rng.chance(700))
        drafts.push_back({during(rng, course.requestDate, 9, 15), course.id,
            ctx.randomStaff(ctx.intake, rng), rng.chance(500) ? NoteKind::Phone : NoteKind::Other,
            journalText(ctx, rng, TextKind::Intake)});
    if (course.startDate.isNull()) return;
    const QDate last = minDate(course.endDate, ctx.today.addDays(-1));
    for (QDate d = course.startDate.addDays(rng.uniform(45, 90)); d <= last;
         d = d.addDays(rng.uniform(150, 250))) {
        drafts.push_back({during(rng, d, 9, 12), course.id, ctx.randomStaff(ctx.coordinators, rng),
            NoteKind::Supervision, journalText(ctx, rng, TextKind::Supervision)});
    }
    if (course.endReason && course.endDate < ctx.today)
        drafts.push_back({during(rng, course.endDate, 14, 16), course.id,
            ctx.staffIndex(course.responsible), NoteKind::Other, endText(ctx, *course.endReason)});
}

void fromAssessment(DemoContext &ctx, DemoRandom &rng, const Assessment &a, const Course &course,
    std::vector<Draft> &drafts)
{
    if (a.type == AssessmentType::Intake || a.date >= ctx.today || !rng.chance(400)) return;
    const bool post = a.type == AssessmentType::Post1m || a.type == AssessmentType::Post6m;
    drafts.push_back({during(rng, a.date, 13, 16), course.id, ctx.staffIndex(course.responsible),
        NoteKind::Followup,
        journalText(ctx, rng, post ? TextKind::PostFollowup : TextKind::Followup)});
}

const Course *courseById(const DemoContext &ctx, int first, const QString &id)
{
    for (std::size_t i = std::size_t(first); i < ctx.data.courses.size(); ++i) {
        if (ctx.data.courses[i].id == id) return &ctx.data.courses[i];
    }
    return nullptr;
}

void addAddenda(DemoContext &ctx, DemoRandom &rng, int firstNote)
{
    const int last = int(ctx.data.notes.size());
    for (int i = firstNote; i < last; ++i) {
        const JournalNote &original = ctx.data.notes[std::size_t(i)];
        const QDate day = original.writtenAt.date();
        if (day > ctx.today.addDays(-4) || !rng.chance(15)) continue;
        JournalNote note;
        note.id = ctx.nextId(IdKind::Note);
        note.client = original.client;
        note.course = original.course;
        note.author = original.author;
        note.writtenAt = during(rng, day.addDays(rng.uniform(1, 3)), 8, 16);
        note.kind = original.kind;
        note.text = journalText(ctx, rng, TextKind::Addendum);
        note.addendumTo = original.id;
        ctx.data.notes.push_back(std::move(note));
    }
}

} // namespace

void addNotes(DemoContext &ctx, DemoRandom &rng, int client, const ClientMarks &marks)
{
    std::vector<Draft> drafts;
    for (int i = marks.appointments; i < int(ctx.data.appointments.size()); ++i) {
        if (ctx.data.appointments[std::size_t(i)].startDay() < ctx.today)
            fromAppointment(ctx, rng, i, drafts);
    }
    for (std::size_t i = std::size_t(marks.courses); i < ctx.data.courses.size(); ++i)
        fromCourse(ctx, rng, ctx.data.courses[i], drafts);
    for (std::size_t i = std::size_t(marks.assessments); i < ctx.data.assessments.size(); ++i) {
        const Assessment &a = ctx.data.assessments[i];
        fromAssessment(ctx, rng, a, *courseById(ctx, marks.courses, a.course), drafts);
    }
    for (std::size_t c = std::size_t(marks.courses); c < ctx.data.courses.size(); ++c) {
        const CourseInfo &info = ctx.courses[c];
        for (int i = info.prescriptionsBegin; i < info.prescriptionsEnd; ++i) {
            const Prescription &p = ctx.data.prescriptions[std::size_t(i)];
            if (p.start < ctx.today && rng.chance(400))
                drafts.push_back({during(rng, p.start, 12, 14), ctx.data.courses[c].id,
                    ctx.staffIndex(p.prescriber), NoteKind::Medication, prescriptionText(ctx, p)});
        }
    }
    const Course &first = ctx.data.courses[std::size_t(marks.courses)];
    if (rng.chance(100) && first.requestDate < ctx.today.addDays(-1))
        drafts.push_back({during(rng, first.requestDate.addDays(1), 9, 15), QString(),
            ctx.randomStaff(ctx.therapists, rng), NoteKind::Other,
            journalText(ctx, rng, TextKind::ClientOnly)});
    std::stable_sort(
        drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.at < b.at; });
    const int firstNote = int(ctx.data.notes.size());
    const QString &clientId = ctx.data.clients[std::size_t(client)].id;
    for (Draft &d : drafts) {
        if (d.at.date() >= ctx.today) continue;
        ctx.data.notes.push_back({ctx.nextId(IdKind::Note), clientId, d.course,
            ctx.staffId(d.author), d.at, d.kind, std::move(d.text), QString()});
    }
    addAddenda(ctx, rng, firstNote);
}

} // namespace mestring::core::demo
