#include "demoappointments.h"

#include <algorithm>

#include "core/demo/democourses.h"
#include "core/domain/clock.h"

namespace mestring::core::demo {

namespace {

struct Visit
{
    QDate day;
    AppointmentType type = AppointmentType::Individual;
    int staff = 0;
    int slot = 0;
    bool mustAttend = false;
};

int minutesOf(AppointmentType type)
{
    static const int minutes[] = {60, 90, 60, 30, 30, 45, 60, 20, 45};
    return minutes[std::size_t(type)];
}

const QString &locationOf(AppointmentType type)
{
    static const std::vector<QString> locations = {
        QStringLiteral("Samtalerum 2"),
        QStringLiteral("Familierummet"),
        QStringLiteral("Familierummet"),
        QString::fromUtf8("Lægekonsultationen"),
        QStringLiteral("Sygeplejen"),
        QStringLiteral("NADA-rummet"),
        QStringLiteral("Herberget Viborg"),
        QStringLiteral("Telefon"),
        QStringLiteral("Video (sikker forbindelse)"),
    };
    return locations[std::size_t(type)];
}

int cadenceDays(Profile profile, int weeksIn)
{
    switch (profile) {
    case Profile::AlcoholDay:
        return 3;
    case Profile::AlcoholResidential:
    case Profile::DrugResidential:
        return 28;
    case Profile::Substitution:
    case Profile::BenzoTaper:
        return 14;
    case Profile::Outreach:
    case Profile::AdviceOnly:
        return 7;
    default:
        return weeksIn < 12 ? 7 : 9;
    }
}

Cover<AppointmentType>::Weights typeWeights(const Course &course)
{
    if (course.setting == Setting::Residential) return {0, 0, 0, 0, 0, 0, 0, 60, 40};
    if (course.program == Program::Family) return {45, 30, 10, 0, 0, 0, 0, 10, 5};
    if (course.program == Program::Outreach) return {15, 0, 0, 0, 0, 0, 70, 15, 0};
    return {72, 0, 2, 0, 0, 0, 0, 18, 8};
}

int staffFor(DemoContext &ctx, DemoRandom &rng, AppointmentType type, int responsible)
{
    const bool family = type == AppointmentType::Family || type == AppointmentType::Relatives;
    if (family && ctx.data.staff[std::size_t(responsible)].role != Role::FamilyTherapist)
        return ctx.randomStaff(ctx.familyTherapists, rng);
    return responsible;
}

/// Sessions with the responsible; the first one from today on is today for some courses, so
/// the demo has appointments today.
void mainStream(DemoContext &ctx, DemoRandom &rng, int courseIndex, const QDate &last,
    std::vector<Visit> &visits)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const Profile profile = ctx.courses[std::size_t(courseIndex)].profile;
    const int responsible = ctx.staffIndex(course.responsible);
    const int habit = rng.uniform(0, 14);
    const int limit = profile == Profile::AdviceOnly ? rng.uniform(1, 3) : 1 << 30;
    bool reanchored = false;
    QDate d = course.startDate;
    for (int n = 0; n < limit && d <= last; ++n) {
        if (!reanchored && course.endDate.isNull() && d >= ctx.today) {
            reanchored = true;
            const int cadence = cadenceDays(profile, n);
            d = rng.chance(ctx.params.todayPermille) ? ctx.today
                                                     : ctx.today.addDays(rng.uniform(1, cadence));
        }
        const QDate day = d == ctx.today ? d : nextWorkday(d);
        if (day <= last) {
            const AppointmentType type = ctx.covers.appointmentType.pick(rng, typeWeights(course));
            visits.push_back({day, type, staffFor(ctx, rng, type, responsible),
                habit + rng.uniform(-2, 2), false});
        }
        d = d.addDays(cadenceDays(profile, n) + (rng.chance(200) ? rng.uniform(-2, 2) : 0));
    }
}

/// For an open course, the first visit of a stream from today on is today for some courses.
QDate towardsToday(DemoContext &ctx, DemoRandom &rng, const QDate &d, bool &done)
{
    if (done || d < ctx.today) return d;
    done = true;
    return rng.chance(ctx.params.todayPermille) ? ctx.today : d;
}

bool reviewed(DrugCategory c)
{
    return c == DrugCategory::Substitution || c == DrugCategory::Antabus;
}

/// Doctor consultations: before a first prescription, at each change of substitution or
/// antabus, and every three months while one is active.
void doctorStream(DemoContext &ctx, DemoRandom &rng, int courseIndex, const QDate &last,
    std::vector<Visit> &visits)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const CourseInfo &info = ctx.courses[std::size_t(courseIndex)];
    const ClientInfo &client = ctx.clients[std::size_t(info.client)];
    const QDate quietFrom
        = info.scenario == Scenario::ReviewOverdue ? ctx.today.addDays(-195) : QDate();
    QDate reviewedUntil;
    bool today = false;
    for (int i = info.prescriptionsBegin; i < info.prescriptionsEnd; ++i) {
        const Prescription &p = ctx.data.prescriptions[std::size_t(i)];
        const bool chainStart = i == info.prescriptionsBegin
            || ctx.data.prescriptions[std::size_t(i - 1)].end.addDays(1) != p.start;
        const int doctor = ctx.staffIndex(p.prescriber);
        QDate consult
            = chainStart ? maxDate(course.startDate, p.start.addDays(-rng.uniform(1, 3))) : p.start;
        while (!isWorkday(consult) && consult > course.startDate)
            consult = consult.addDays(-1); // the clinic sees people on weekdays
        if (client.absentOn(consult)) consult = p.start; // never away on the day medicine starts
        if (chainStart || reviewed(p.category))
            visits.push_back({consult, AppointmentType::Doctor, doctor, rng.uniform(1, 6), true});
        if (!reviewed(p.category)) continue;
        const QDate until = minDate(p.end.isValid() ? p.end : last, last);
        for (QDate d = maxDate(reviewedUntil, p.start).addDays(rng.uniform(80, 100));;
             d = d.addDays(rng.uniform(80, 100))) {
            if (quietFrom.isValid() && d >= quietFrom) break; // the review is meant to be overdue
            const QDate day = towardsToday(ctx, rng, nextWorkday(d), today);
            if (day > until) break;
            visits.push_back({day, AppointmentType::Doctor, doctor, rng.uniform(1, 8), false});
            reviewedUntil = d;
        }
    }
}

void nurseAndNada(DemoContext &ctx, DemoRandom &rng, int courseIndex, const QDate &last,
    std::vector<Visit> &visits)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    if (course.setting == Setting::Residential) return;
    const CourseInfo &info = ctx.courses[std::size_t(courseIndex)];
    const int nurse = ctx.randomStaff(ctx.nurses, rng);
    const int interval = isMedical(course)                ? 30
        : info.prescriptionsEnd > info.prescriptionsBegin ? 60
                                                          : 0;
    bool today = false;
    for (QDate d = course.startDate.addDays(rng.uniform(7, 30)); interval > 0;
         d = d.addDays(interval + rng.uniform(-5, 5))) {
        const QDate day = towardsToday(ctx, rng, nextWorkday(d), today);
        if (day > last) break;
        visits.push_back({day, AppointmentType::Nurse, nurse, rng.uniform(0, 6), false});
    }
    if (!rng.chance(200)) return;
    const QDate from = course.startDate.addDays(rng.uniform(7, 60));
    const int weeks = rng.uniform(4, 10);
    for (int w = 0; w < weeks && nextWorkday(from.addDays(7 * w)) <= last; ++w)
        visits.push_back(
            {nextWorkday(from.addDays(7 * w)), AppointmentType::Nada, nurse, 14, false});
}

AppointmentStatus pastStatus(DemoRandom &rng, AppointmentType type)
{
    switch (type) {
    case AppointmentType::Phone:
        return AppointmentStatus(rng.weighted({0, 75, 18, 5, 2}));
    case AppointmentType::Doctor:
    case AppointmentType::Nurse:
        return AppointmentStatus(rng.weighted({0, 80, 12, 6, 2}));
    default:
        return AppointmentStatus(rng.weighted({0, 64, 25, 8, 3}));
    }
}

AppointmentStatus statusOf(DemoContext &ctx, DemoRandom &rng, const Visit &v)
{
    if (v.day >= ctx.today) {
        if (v.day == ctx.today) return AppointmentStatus::Planned;
        return AppointmentStatus(rng.weighted({94, 0, 0, 4, 2}));
    }
    return v.mustAttend ? AppointmentStatus::Attended : pastStatus(rng, v.type);
}

void applyScenario(DemoContext &ctx, DemoRandom &rng, Scenario scenario, int first)
{
    auto &appts = ctx.data.appointments;
    int past = int(appts.size());
    while (past > first && appts[std::size_t(past - 1)].startDay() >= ctx.today)
        --past;
    if (scenario == Scenario::NoShowStreak) {
        for (int i = std::max(first, past - 3); i < past; ++i)
            appts[std::size_t(i)].status = AppointmentStatus::NoShow;
    } else if (scenario == Scenario::SilentMonth) {
        for (int i = first; i < past; ++i) {
            Appointment &a = appts[std::size_t(i)];
            if (a.startDay() >= ctx.today.addDays(-35) && a.status == AppointmentStatus::Attended)
                a.status = rng.chance(700) ? AppointmentStatus::NoShow
                                           : AppointmentStatus::CancelledClient;
        }
    }
}

} // namespace

int addAppointment(DemoContext &ctx, int course, int staff, AppointmentType type, const QDate &day,
    int preferredSlot, AppointmentStatus status)
{
    const int minutes = minutesOf(type);
    const int slot = ctx.slots.book(staff, day, preferredSlot, (minutes + 29) / 30);
    Appointment a;
    a.id = ctx.nextId(IdKind::Appointment);
    a.course = ctx.data.courses[std::size_t(course)].id;
    a.staff = ctx.staffId(staff);
    a.type = type;
    a.start = Clock::at(day, slotTime(slot));
    a.minutes = minutes;
    a.location = locationOf(type);
    a.status = status;
    ctx.data.appointments.push_back(std::move(a));
    return int(ctx.data.appointments.size()) - 1;
}

void addAppointments(DemoContext &ctx, DemoRandom &rng, int courseIndex)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    if (course.startDate.isNull()) return;
    const QDate last = course.endDate.isValid() ? course.endDate : ctx.today.addDays(21);
    std::vector<Visit> visits;
    mainStream(ctx, rng, courseIndex, last, visits);
    doctorStream(ctx, rng, courseIndex, last, visits);
    nurseAndNada(ctx, rng, courseIndex, last, visits);
    std::stable_sort(
        visits.begin(), visits.end(), [](const Visit &a, const Visit &b) { return a.day < b.day; });
    const ClientInfo &client
        = ctx.clients[std::size_t(ctx.courses[std::size_t(courseIndex)].client)];
    const int first = int(ctx.data.appointments.size());
    for (const Visit &v : visits) {
        AppointmentStatus status = statusOf(ctx, rng, v);
        if (client.absentOn(v.day)) {
            if (v.day >= ctx.today || v.mustAttend || !rng.chance(200))
                continue; // nothing is planned inside an absence
            status = AppointmentStatus::CancelledClient;
        }
        addAppointment(ctx, courseIndex, v.staff, v.type, v.day, v.slot, status);
    }
    applyScenario(ctx, rng, ctx.courses[std::size_t(courseIndex)].scenario, first);
}

} // namespace mestring::core::demo
