#include "servicefixture.h"

#include "core/domain/clock.h"
#include "core/services/groupservice.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

struct DetailsFixture : ServiceFixture
{
    GroupService groups {db, log, clock};

    QString group(int capacity)
    {
        GroupCourse g;
        g.name = QStringLiteral("BASIS forår");
        g.capacity = capacity;
        g.rolling = true;
        return groups.create(coordinator, g).id;
    }
};

} // namespace

TEST_CASE("A group's details name the client of every member and waiting course, once each",
    "[core][services][group]")
{
    DetailsFixture f;
    const QString id = f.group(1);
    const QString hansen = f.addClient(QStringLiteral("Hansen"));
    const QString member = f.addCourse(hansen, CourseKind::Alcohol, QDate(2025, 1, 6));
    const QString waiting
        = f.addCourse(f.addAnonymousClient(), CourseKind::Drug, QDate(2025, 1, 6));
    f.groups.enrol(f.admin, id, member, QDate(2025, 1, 10));
    f.groups.enrol(f.admin, id, waiting, QDate(2025, 1, 11));
    const int readsBefore = f.logged(QStringLiteral("read"));

    const GroupDetails details = f.groups.details(f.admin, id);

    REQUIRE(details.people.size() == 2);
    const GroupPerson *first = details.person(member);
    REQUIRE(first);
    CHECK(first->name == QStringLiteral("Jens Hansen"));
    CHECK(first->client == hansen);
    CHECK(first->birthDate == QDate(1980, 1, 1));
    const GroupPerson *second = details.person(waiting);
    REQUIRE(second);
    CHECK(second->name == QStringLiteral("Ravnen")); // an anonymous client by the alias
    CHECK(details.person(QStringLiteral("other")) == nullptr);
    CHECK(details.group.waiting.size() == 1);
    CHECK(f.logged(QStringLiteral("read")) - readsBefore == 2);
}

TEST_CASE("The details of a group that does not exist are not found", "[core][services][group]")
{
    DetailsFixture f;
    CHECK_THROWS_AS(f.groups.details(f.admin, QStringLiteral("missing")), NotFound);
}

TEST_CASE("Attendance at a session that has not been held yet is refused; today's is recorded",
    "[core][services][group]")
{
    DetailsFixture f;
    const QString id = f.group(4);
    const QDate today = Clock().today();
    const QString tomorrow
        = f.groups.addSession(f.admin, id, {QString(), today.addDays(1), QTime(10, 0), {}}).id;
    const QString now = f.groups.addSession(f.admin, id, {QString(), today, QTime(10, 0), {}}).id;
    const QString course
        = f.addCourse(f.addClient(QStringLiteral("Lind")), CourseKind::Alcohol, QDate(2025, 1, 6));
    f.groups.enrol(f.admin, id, course, QDate(2025, 1, 10));

    f.refusedUnchanged([&] {
        f.groups.recordAttendance(f.therapist, id, tomorrow, course, AttendanceStatus::Attended);
    });
    f.groups.recordAttendance(f.therapist, id, now, course, AttendanceStatus::Attended);
    CHECK(f.groups.get(f.admin, id).attendance.size() == 1);
}
