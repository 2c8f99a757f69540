#include "../services/servicefixture.h"

#include "core/domain/ids.h"
#include "core/reports/clientstatusreport.h"
#include "core/reports/followupreport.h"
#include "core/services/serviceset.h"
#include "core/storage/assessmentrepository.h"
#include "core/storage/goalrepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/prescriptionrepository.h"

using namespace mestring::core;
using mestring::test::at;
using mestring::test::ServiceFixture;

namespace {

// Monday 2 March 2026.
const QDate T(2026, 3, 2);
using A = AppointmentStatus;

struct PrintedReportsFixture : ServiceFixture
{
    ServiceSet set {db};
    RecordReaders readers = RecordReaders::of(set);
    QString client = addClient();

    QString goal(const QString &course, std::vector<GoalScore> scores, QDate deadline = {},
        GoalStatus status = GoalStatus::Active, std::vector<SubGoal> subgoals = {})
    {
        Goal g;
        g.id = newId();
        g.course = course;
        g.text = QStringLiteral("Drikke mindre");
        g.deadline = deadline;
        g.baselineScore = 3;
        g.targetScore = 1;
        g.status = status;
        if (status != GoalStatus::Active) g.closedDate = T.addDays(-10);
        g.scores = std::move(scores);
        g.subgoals = std::move(subgoals);
        GoalRepository(db).insert(g);
        return g.id;
    }
    void phoneNote(const QString &clientId, const QDateTime &when)
    {
        JournalNote n;
        n.id = newId();
        n.client = clientId;
        n.author = therapist.staffId;
        n.writtenAt = when;
        n.kind = NoteKind::Phone;
        n.text = QStringLiteral("Ringet til borgeren");
        NoteRepository(db).insert(n);
    }
    void assess(const QString &course, const QDate &day, int alcohol, int qol)
    {
        Assessment a;
        a.id = newId();
        a.course = course;
        a.date = day;
        a.type = AssessmentType::Followup;
        a.setArea(LifeArea::Alcohol, alcohol);
        a.qualityOfLife = qol;
        AssessmentRepository(db).insert(a);
    }
    QString prescribe(const QDate &start, const QDate &end = {})
    {
        Prescription p;
        p.id = newId();
        p.client = client;
        p.drug = Drug::Disulfiram;
        p.category = DrugCategory::Antabus;
        p.doseMg = 400;
        p.start = start;
        p.end = end;
        p.prescriber = doctor.staffId;
        PrescriptionRepository(db).insert(p);
        return p.id;
    }
    const FollowupCourse *courseOf(const FollowupReport &report, const QString &courseId)
    {
        for (const FollowupCourse &c : report.courses) {
            if (c.row.courseId == courseId) return &c;
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE("The caseload review lists the therapist's active courses with latest scores, "
          "no-show rate of the last 12 months and the earliest due date",
    "[core][printreports]")
{
    PrintedReportsFixture f;
    const QString course = f.addCourse(f.client, CourseKind::Alcohol, T.addDays(-400));
    f.goal(course, {{T.addDays(-20), 1}, {T.addDays(-60), 3}}, T.addDays(40), GoalStatus::Active,
        {{QStringLiteral("Gå til møde"), T.addDays(10), {}},
            {QStringLiteral("Ring til lægen"), T.addDays(5), T.addDays(-3)}});
    f.goal(course, {{T.addDays(-30), 0}}, {}, GoalStatus::Achieved);
    f.assess(course, T.addDays(-30), 2, 10); // no follow-up assessment due
    f.addAppointment(course, T.addDays(-370), {}, A::NoShow); // older than 12 months
    f.addAppointment(course, T.addDays(-100), {}, A::NoShow);
    f.addAppointment(course, T.addDays(-50), {}, A::Attended);
    f.addAppointment(course, T.addDays(-12), {}, A::Attended);
    f.addAppointment(course, T.addDays(-5), {}, A::CancelledClient);
    f.addAppointment(course, T.addDays(7), {}, A::Planned);
    // Another therapist's course is not on this review.
    Course other;
    other.client = f.addClient(QStringLiteral("Jensen"));
    other.responsible = f.nurse.staffId;
    other.requestDate = other.startDate = T.addDays(-30);
    f.addCourse(other);

    const FollowupReport report = followupReport(f.readers, f.coordinator, f.therapist.staffId, T);
    REQUIRE(report.courses.size() == 1);
    CHECK(report.responsibleName == QStringLiteral("Anne Holm"));
    CHECK(report.noShowFrom == QDate(2025, 3, 3));
    const FollowupCourse &c = report.courses.front();
    CHECK(c.row.clientName == QStringLiteral("Jens Hansen"));
    REQUIRE(c.goals.size() == 1); // only the active goal
    REQUIRE(latestScore(c.goals.front()));
    CHECK(latestScore(c.goals.front())->score == 1);
    CHECK(c.noShows.noShows == 1);
    CHECK(c.noShows.counted == 3);
    CHECK(c.lastContact == T.addDays(-12));
    CHECK_FALSE(c.lastContactByPhone);
    CHECK(c.nextDue == T.addDays(10)); // the open sub-goal; the done one does not count
    CHECK(c.row.nextAppointment.date() == T.addDays(7));
}

TEST_CASE("A phone note later than the last attended appointment is the last contact",
    "[core][printreports]")
{
    PrintedReportsFixture f;
    const QString course = f.addCourse(f.client, CourseKind::Alcohol, T.addDays(-100));
    f.addAppointment(course, T.addDays(-40), {}, A::Attended);
    f.phoneNote(f.client, at(T.addDays(-8)));
    f.phoneNote(f.client, at(T.addDays(2))); // after the day printed: not yet
    const FollowupReport report = followupReport(f.readers, f.coordinator, f.therapist.staffId, T);
    const FollowupCourse *c = f.courseOf(report, course);
    REQUIRE(c);
    CHECK(c->lastContact == T.addDays(-8));
    CHECK(c->lastContactByPhone);
    // Attended appointments alone answer the 30-day flag: due 30 days after the appointment,
    // a day before the follow-up assessment (91 days after the start).
    CHECK(c->nextDue == T.addDays(-40 + noContactDays));
}

TEST_CASE("A course without goals, scores or appointments has no rate and no contact; an "
          "anonymous client is named by the alias; requests are counted apart",
    "[core][printreports]")
{
    PrintedReportsFixture f;
    const QString anonymous = f.addAnonymousClient();
    const QString course = f.addCourse(anonymous, CourseKind::Alcohol, T.addDays(-10));
    Course request;
    request.client = f.client;
    request.responsible = f.therapist.staffId;
    request.requestDate = T.addDays(-3);
    f.addCourse(request);

    const FollowupReport report = followupReport(f.readers, f.coordinator, f.therapist.staffId, T);
    REQUIRE(report.courses.size() == 1);
    CHECK(report.requestedRows == 1);
    const FollowupCourse &c = report.courses.front();
    CHECK(c.row.courseId == course);
    CHECK(c.row.clientName == QStringLiteral("Ravnen"));
    CHECK(c.goals.empty());
    CHECK_FALSE(c.noShows.rate().has_value());
    CHECK(c.lastContact.isNull());
    CHECK(c.nextDue.isNull());

    const QString unscored = f.goal(course, {});
    const FollowupReport again = followupReport(f.readers, f.coordinator, f.therapist.staffId, T);
    REQUIRE(again.courses.front().goals.size() == 1);
    CHECK_FALSE(latestScore(again.courses.front().goals.front()).has_value());
    CHECK(again.courses.front().goals.front().id == unscored);
}

TEST_CASE("Another therapist's review is refused to a therapist and needs a chosen therapist",
    "[core][printreports]")
{
    PrintedReportsFixture f;
    f.addCourse(f.client, CourseKind::Alcohol, T.addDays(-10));
    CHECK_THROWS_AS(followupReport(f.readers, f.nurse, f.therapist.staffId, T), PermissionDenied);
    CHECK_THROWS_AS(followupReport(f.readers, f.coordinator, QString(), T), NotFound);
    CHECK(followupReport(f.readers, f.therapist, f.therapist.staffId, T).courses.size() == 1);
}

TEST_CASE("Borgerstatus holds the open courses with goals and assessments, six months of "
          "attendance and the prescriptions active today",
    "[core][printreports]")
{
    PrintedReportsFixture f;
    Course ended;
    ended.client = f.client;
    ended.responsible = f.therapist.staffId;
    ended.requestDate = ended.startDate = T.addDays(-900);
    ended.endDate = T.addDays(-500);
    ended.endReason = EndReason::Completed;
    ended.outcome = Outcome::Reduced;
    f.addCourse(ended);
    const QString course = f.addCourse(f.client, CourseKind::Alcohol, T.addDays(-300));
    f.goal(course, {{T.addDays(-20), 2}});
    f.assess(course, T.addDays(-290), 4, 8);
    f.assess(course, T.addDays(-100), 2, 12);
    f.addAppointment(course, T.addDays(-200), {}, A::NoShow); // before the six months
    f.addAppointment(course, T.addDays(-90), {}, A::NoShow);
    f.addAppointment(course, T.addDays(-60), {}, A::Attended);
    f.addAppointment(course, T.addDays(-30), {}, A::Attended);
    f.addAppointment(course, T.addDays(-20), {}, A::Attended);
    f.addAppointment(course, T.addDays(-10), {}, A::CancelledCentre);
    f.addAppointment(course, T.addDays(3), {}, A::Planned);
    f.prescribe(T.addDays(-400), T.addDays(-200)); // stopped
    const QString current = f.prescribe(T.addDays(-199));

    const ClientStatusReport report = clientStatusReport(f.readers, f.nurse, f.client, T);
    CHECK(report.client.displayName() == QStringLiteral("Jens Hansen"));
    REQUIRE(report.courses.size() == 1);
    CHECK(report.courses.front().course.id == course);
    CHECK(report.courses.front().responsibleName == QStringLiteral("Anne Holm"));
    CHECK(report.courses.front().goals.size() == 1);
    CHECK(report.courses.front().assessments.size() == 2);
    CHECK(report.attendanceFrom == QDate(2025, 9, 3));
    CHECK(report.attendance.at(A::Attended) == 3);
    CHECK(report.attendance.at(A::NoShow) == 1);
    CHECK(report.attendance.at(A::CancelledCentre) == 1);
    CHECK(report.attendance.at(A::Planned) == 0);
    CHECK(report.noShows.noShows == 1);
    CHECK(report.noShows.counted == 4);
    CHECK(report.nextAppointment.date() == T.addDays(3));
    CHECK(report.medicationShown);
    REQUIRE(report.prescriptions.size() == 1);
    CHECK(report.prescriptions.front().id == current);
}

TEST_CASE("Borgerstatus of a client without open courses shows the latest course; without "
          "appointments there is no rate; medication only for roles that may read it",
    "[core][printreports]")
{
    PrintedReportsFixture f;
    const QString anonymous = f.addAnonymousClient();
    Course first, second;
    first.client = second.client = anonymous;
    first.responsible = second.responsible = f.therapist.staffId;
    first.requestDate = first.startDate = T.addDays(-900);
    first.endDate = T.addDays(-700);
    second.requestDate = second.startDate = T.addDays(-400);
    second.endDate = T.addDays(-100);
    first.endReason = second.endReason = EndReason::Dropout;
    first.outcome = second.outcome = Outcome::Unknown;
    f.addCourse(first);
    const QString latest = f.addCourse(second);

    const ClientStatusReport report = clientStatusReport(f.readers, f.intake, anonymous, T);
    CHECK(report.client.displayName() == QStringLiteral("Ravnen"));
    REQUIRE(report.courses.size() == 1);
    CHECK(report.courses.front().course.id == latest);
    CHECK(report.courses.front().goals.empty());
    CHECK_FALSE(report.noShows.rate().has_value());
    CHECK(report.nextAppointment.isNull());
    CHECK_FALSE(report.medicationShown); // intake staff may not read medication
    CHECK(report.prescriptions.empty());
}
