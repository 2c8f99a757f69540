#include "core/domain/rules/grouprules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

GroupCourse basis()
{
    GroupCourse g;
    g.id = str("gr1");
    g.name = str("BASIS forår");
    g.leaders = {str("s1")};
    g.capacity = 10;
    g.sessions = {{str("gs1"), date("2025-02-03"), QTime(10, 0), str("Intro")},
        {str("gs2"), date("2025-02-10"), QTime(10, 0), str("Craving")}};
    g.members = {{str("k1"), date("2025-02-01"), QDate()},
        {str("k2"), date("2025-02-01"), date("2025-02-28")}};
    g.waiting = {{str("k3"), date("2025-02-02")}};
    g.attendance = {{str("gs1"), str("k1"), AttendanceStatus::Attended},
        {str("gs1"), str("k2"), AttendanceStatus::NoShow},
        {str("gs2"), str("k1"), AttendanceStatus::CancelledClient}};
    return g;
}

} // namespace

TEST_CASE("A group that keeps every rule is accepted", "[core][rules][groups]")
{
    requireNoIssues(checkGroup(basis()));
}

TEST_CASE("A group without id or name is refused", "[core][rules][groups]")
{
    GroupCourse noId = basis();
    noId.id.clear();
    requireOnlyError(checkGroup(noId), "id");
    GroupCourse noName = basis();
    noName.name.clear();
    requireOnlyError(checkGroup(noName), "name");
}

TEST_CASE("A group capacity below 1 is refused", "[core][rules][groups]")
{
    GroupCourse g = basis();
    g.capacity = 0;
    requireOnlyError(checkGroup(g), "capacity");
    g.capacity.reset();
    requireNoIssues(checkGroup(g));
}

TEST_CASE("An unnamed group leader is refused", "[core][rules][groups]")
{
    GroupCourse g = basis();
    g.leaders.push_back(QString());
    requireOnlyError(checkGroup(g), "leaders[1]");
}

TEST_CASE("Duplicate session ids in a group are refused", "[core][rules][groups]")
{
    GroupCourse g = basis();
    g.sessions.push_back({str("gs1"), date("2025-02-17"), QTime(), QString()});
    requireOnlyError(checkGroup(g), "sessions[2].id");
}

TEST_CASE("A session without id or date is refused", "[core][rules][groups]")
{
    GroupCourse noId = basis();
    noId.sessions.push_back({QString(), date("2025-02-17"), QTime(), QString()});
    requireOnlyError(checkGroup(noId), "sessions[2].id");
    GroupCourse noDate = basis();
    noDate.sessions.push_back({str("gs3"), QDate(), QTime(), QString()});
    requireOnlyError(checkGroup(noDate), "sessions[2].date");
}

TEST_CASE("A group membership ending before it starts is refused", "[core][rules][groups]")
{
    GroupCourse g = basis();
    g.members[1].to = date("2025-01-31");
    requireOnlyError(checkGroup(g), "members[1].to");
}

TEST_CASE("A group member without course or first day is refused", "[core][rules][groups]")
{
    GroupCourse noCourse = basis();
    noCourse.members.push_back({QString(), date("2025-02-01"), QDate()});
    requireOnlyError(checkGroup(noCourse), "members[2].course");
    GroupCourse noFrom = basis();
    noFrom.members.push_back({str("k4"), QDate(), QDate()});
    requireOnlyError(checkGroup(noFrom), "members[2].from");
}

TEST_CASE("A waiting-list place without a course is refused", "[core][rules][groups]")
{
    GroupCourse g = basis();
    g.waiting.push_back({QString(), date("2025-02-05")});
    requireOnlyError(checkGroup(g), "waiting[1].course");
}

TEST_CASE("Attendance at a session of another group is refused", "[core][rules][groups]")
{
    GroupCourse g = basis();
    g.attendance.push_back({str("gs99"), str("k2"), AttendanceStatus::Attended});
    requireOnlyError(checkGroup(g), "attendance[3].session");
}

TEST_CASE("Attendance of a course that is not a member is refused", "[core][rules][groups]")
{
    GroupCourse g = basis();
    g.attendance.push_back({str("gs2"), str("k3"), AttendanceStatus::Attended});
    requireOnlyError(checkGroup(g), "attendance[3].course");
}

TEST_CASE(
    "A second attendance record for one member and session is refused", "[core][rules][groups]")
{
    GroupCourse g = basis();
    g.attendance.push_back({str("gs1"), str("k1"), AttendanceStatus::NoShow});
    requireOnlyError(checkGroup(g), "attendance[3].course");
}

TEST_CASE("A group's name and a session's topic are limited and the error names the session",
    "[core][rules][groups][textlimits]")
{
    GroupCourse g = basis();
    g.name = QString(100, QLatin1Char('x'));
    g.sessions[1].topic = QString(200, QLatin1Char('x'));
    requireNoIssues(checkGroup(g));
    g.name += QLatin1Char('x');
    requireOnlyError(checkGroup(g), "name");
    g = basis();
    g.sessions[1].topic = QString(201, QLatin1Char('x'));
    requireOnlyError(checkGroup(g), "sessions[1].topic");
}
