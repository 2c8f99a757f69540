#include "servicefixture.h"

#include "core/domain/ids.h"
#include "core/services/appointmentservice.h"
#include "core/services/feedbackservice.h"
#include "core/storage/feedbackrepository.h"
#include "core/storage/groupcourserepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

const QDate T(2026, 3, 2);

struct FeedbackFixture : ServiceFixture
{
    FeedbackService feedback {db, log, clock};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Alcohol, QDate(2026, 1, 5));
    QString session = addAppointment(course, T, AppointmentType::Individual,
        AppointmentStatus::Attended);

    FeedbackFixture() { clock.set(QDateTime(T, QTime(15, 0), Qt::OffsetFromUTC, 3600)); }

    FitRating draft(FitScale scale, std::array<int, 4> items, const QString &appointment = {})
    {
        FitRating r;
        r.appointment = appointment.isEmpty() ? session : appointment;
        r.scale = scale;
        r.items = items;
        return r;
    }

    /// A group with one session on `day` and this fixture's course as a member.
    QString groupSession(const QDate &day, std::optional<AttendanceStatus> attendance = {})
    {
        GroupCourse g;
        g.id = newId();
        g.name = QStringLiteral("BASIS");
        g.sessions = {{newId(), day, QTime(10, 0), QString()}};
        g.members = {{course, QDate(2026, 1, 5), QDate()}};
        if (attendance) g.attendance = {{g.sessions[0].id, course, *attendance}};
        GroupCourseRepository(db).insert(g);
        return g.sessions[0].id;
    }
};

} // namespace

TEST_CASE("A therapist records ORS and SRS of a session; date and course come from the session",
    "[core][services][fit]")
{
    FeedbackFixture f;
    const SaveResult ors = f.feedback.record(f.therapist, f.draft(FitScale::Ors, {42, 55, 61, 50}));
    f.feedback.record(f.therapist, f.draft(FitScale::Srs, {95, 90, 88, 100}));

    const FitSessionRatings stored = f.feedback.forSession(f.therapist, f.session);
    REQUIRE(stored.ors);
    REQUIRE(stored.srs);
    CHECK(stored.ors->id == ors.id);
    CHECK(stored.ors->course == f.course);
    CHECK(stored.ors->date == T);
    CHECK(stored.ors->total() == 208);
    CHECK(stored.srs->total() == 373);
    CHECK(f.feedback.forCourse(f.therapist, f.course).size() == 2);
    CHECK(f.logged(QStringLiteral("create"), f.client) == 2);
}

TEST_CASE("A second ORS of one session is refused and changes nothing; correcting the first is "
          "allowed",
    "[core][services][fit]")
{
    FeedbackFixture f;
    const SaveResult first = f.feedback.record(f.therapist, f.draft(FitScale::Ors, {42, 55, 61, 50}));
    f.refusedUnchanged(
        [&] { f.feedback.record(f.therapist, f.draft(FitScale::Ors, {10, 10, 10, 10})); });

    FitRating corrected = f.draft(FitScale::Ors, {42, 55, 61, 60});
    corrected.id = first.id;
    f.feedback.record(f.therapist, corrected);
    const std::vector<FitRating> all = FeedbackRepository(f.db).all();
    REQUIRE(all.size() == 1);
    CHECK(all.front().total() == 218);
    CHECK(f.logged(QStringLiteral("change"), f.client) == 1);
}

TEST_CASE("An item outside 0.0 to 10.0 is refused and changes nothing", "[core][services][fit]")
{
    FeedbackFixture f;
    const QString message = f.refusedUnchanged(
        [&] { f.feedback.record(f.therapist, f.draft(FitScale::Srs, {95, 90, 88, 101})); });
    CHECK_FALSE(message.isEmpty());
    f.refusedUnchanged(
        [&] { f.feedback.record(f.therapist, f.draft(FitScale::Srs, {-1, 90, 88, 100})); });
    f.feedback.record(f.therapist, f.draft(FitScale::Srs, {0, 100, 0, 100}));
}

TEST_CASE("FIT of a no-show, a cancelled or a future session is refused", "[core][services][fit]")
{
    FeedbackFixture f;
    const QString noShow = f.addAppointment(f.course, T.addDays(-7), AppointmentType::Individual,
        AppointmentStatus::NoShow);
    const QString cancelled = f.addAppointment(f.course, T.addDays(-3), AppointmentType::Individual,
        AppointmentStatus::CancelledCentre);
    const QString tomorrow = f.addAppointment(f.course, T.addDays(1));
    for (const QString &id : {noShow, cancelled, tomorrow}) {
        f.refusedUnchanged(
            [&] { f.feedback.record(f.therapist, f.draft(FitScale::Ors, {50, 50, 50, 50}, id)); });
    }
    // A planned session of today may be rated at its start, before attendance is marked.
    const QString today = f.addAppointment(f.course, T);
    f.feedback.record(f.therapist, f.draft(FitScale::Ors, {50, 50, 50, 50}, today));
}

TEST_CASE("Members rate a group session; a non-member or a member marked absent is refused",
    "[core][services][fit]")
{
    FeedbackFixture f;
    FitRating r;
    r.session = f.groupSession(T.addDays(-1));
    r.course = f.course;
    r.scale = FitScale::Srs;
    r.items = {80, 85, 90, 70};
    f.feedback.record(f.therapist, r);
    CHECK(f.feedback.forSession(f.therapist, {}, r.session, f.course).srs->date == T.addDays(-1));

    FitRating absent = r;
    absent.session = f.groupSession(T.addDays(-2), AttendanceStatus::NoShow);
    f.refusedUnchanged([&] { f.feedback.record(f.therapist, absent); });

    FitRating stranger = r;
    stranger.session = f.groupSession(T.addDays(-3));
    stranger.course = f.addCourse(f.addClient(QStringLiteral("Jensen")), CourseKind::Drug,
        QDate(2026, 1, 5));
    f.refusedUnchanged([&] { f.feedback.record(f.therapist, stranger); });
}

TEST_CASE("Administrative staff may neither record nor read FIT", "[core][services][fit]")
{
    FeedbackFixture f;
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.feedback.record(f.admin, f.draft(FitScale::Ors, {50, 50, 50, 50})); });
    f.refusedUnchanged<PermissionDenied>([&] { f.feedback.forCourse(f.admin, f.course); });
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.feedback.record(f.intake, f.draft(FitScale::Ors, {50, 50, 50, 50})); });
}

TEST_CASE("A session with FIT ratings cannot be marked a no-show afterwards",
    "[core][services][fit]")
{
    FeedbackFixture f;
    AppointmentService appointments {f.db, f.log, f.clock};
    f.feedback.record(f.therapist, f.draft(FitScale::Ors, {50, 50, 50, 50}));
    f.refusedUnchanged(
        [&] { appointments.setStatus(f.therapist, f.session, AppointmentStatus::NoShow); });
    appointments.setStatus(f.therapist, f.session, AppointmentStatus::Attended);
}
