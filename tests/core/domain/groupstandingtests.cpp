#include <catch2/catch.hpp>

#include "core/domain/groupstanding.h"

using namespace mestring::core;

namespace {

const QString a = QStringLiteral("course-a");
const QString b = QStringLiteral("course-b");

// Four weekly sessions in February; A joined before the first and left after the third,
// B waits.
GroupCourse basis()
{
    GroupCourse g;
    g.id = QStringLiteral("g");
    g.name = QStringLiteral("BASIS");
    for (int i = 0; i < 4; ++i) {
        g.sessions.push_back({QStringLiteral("s%1").arg(i), QDate(2025, 2, 3).addDays(7 * i),
            QTime(10, 0), QString()});
    }
    g.members = {{a, QDate(2025, 1, 20), QDate(2025, 2, 17)}};
    g.waiting = {{QStringLiteral("course-x"), QDate(2025, 1, 1)}, {b, QDate(2025, 1, 2)}};
    g.attendance = {{QStringLiteral("s0"), a, AttendanceStatus::Attended},
        {QStringLiteral("s1"), a, AttendanceStatus::NoShow},
        {QStringLiteral("s2"), a, AttendanceStatus::Attended}};
    return g;
}

} // namespace

TEST_CASE("A member's standing counts the sessions held while a member and each status",
    "[core][domain][group]")
{
    const GroupCourse g = basis();
    const GroupStanding during = groupStanding(g, a, QDate(2025, 2, 11));
    CHECK(during.member);
    CHECK_FALSE(during.left);
    CHECK(during.held == 2); // the session of the 17th has not come
    CHECK(during.attended == 1);
    CHECK(during.noShow == 1);
    CHECK(during.cancelled == 0);

    const GroupStanding after = groupStanding(g, a, QDate(2025, 3, 31));
    CHECK_FALSE(after.member);
    CHECK(after.left);
    CHECK(after.held == 3); // the fourth session was after the last day
    CHECK(after.attended == 2);
    CHECK_FALSE(after.waiting());
}

TEST_CASE("A waiting course's standing gives its place on the list and no sessions",
    "[core][domain][group]")
{
    const GroupStanding waiting = groupStanding(basis(), b, QDate(2025, 2, 11));
    CHECK(waiting.waiting());
    CHECK(waiting.waitingPosition == 2);
    CHECK_FALSE(waiting.member);
    CHECK(waiting.held == 0);
}

TEST_CASE("The next session is the first on or after the day, whatever the stored order",
    "[core][domain][group]")
{
    GroupCourse g = basis();
    std::swap(g.sessions[1], g.sessions[3]);
    const GroupSession *next = nextGroupSession(g, QDate(2025, 2, 4));
    REQUIRE(next);
    CHECK(next->date == QDate(2025, 2, 10));
    CHECK(nextGroupSession(g, QDate(2025, 2, 10))->date == QDate(2025, 2, 10));
    CHECK(nextGroupSession(g, QDate(2025, 2, 25)) == nullptr);
    CHECK(isGroupMemberOn(g, a, QDate(2025, 2, 17)));
    CHECK_FALSE(isGroupMemberOn(g, a, QDate(2025, 2, 18)));
    CHECK_FALSE(isGroupMemberOn(g, b, QDate(2025, 2, 10)));
}
