#include <catch2/catch.hpp>

#include <set>

#include "core/demo/demogenerator.h"
#include "demofixtures.h"

using namespace mestring::core;
using namespace mestring::test::demo;

TEST_CASE("Demo group members are courses active while they are members", "[core][demo]")
{
    const Dataset &d = mediumDemo();
    std::map<QString, const Course *> courses;
    for (const Course &c : d.courses)
        courses[c.id] = &c;
    for (const GroupCourse &g : d.groups) {
        INFO(g.name.toStdString());
        REQUIRE_FALSE(g.sessions.empty());
        CHECK_FALSE(g.leaders.empty());
        for (std::size_t i = 1; i < g.sessions.size(); ++i)
            CHECK(g.sessions[i - 1].date.daysTo(g.sessions[i].date) % 7 == 0);
        for (const GroupMember &m : g.members) {
            const Course &c = *courses.at(m.course);
            CHECK(m.from >= c.startDate);
            CHECK((m.to.isNull() || m.from <= m.to));
            if (c.endDate.isValid()) CHECK((m.to.isValid() && m.to <= c.endDate));
        }
    }
}

TEST_CASE("Demo group attendance is per member and past session", "[core][demo]")
{
    int records = 0;
    for (const GroupCourse &g : mediumDemo().groups) {
        std::map<QString, QDate> sessionDate;
        for (const GroupSession &s : g.sessions)
            sessionDate[s.id] = s.date;
        std::set<std::pair<QString, QString>> seen;
        for (const GroupAttendance &a : g.attendance) {
            ++records;
            const QDate day = sessionDate.at(a.session);
            CHECK(day < demoToday());
            CHECK(seen.insert({a.session, a.course}).second);
            const bool member = std::any_of(
                g.members.begin(), g.members.end(), [&](const GroupMember &m) {
                    return m.course == a.course && m.from <= day && (m.to.isNull() || day <= m.to);
                });
            CHECK(member);
        }
    }
    CHECK(records > 1000);
}

TEST_CASE("Demo groups running now are full and have a waiting list in the order people asked",
    "[core][demo]")
{
    int fullWithWaiting = 0;
    for (const GroupCourse &g : smallDemo().groups) {
        if (g.sessions.back().date < demoToday() || g.sessions.front().date > demoToday()) continue;
        int now = 0;
        for (const GroupMember &m : g.members)
            now += m.to.isNull() || m.to >= demoToday() ? 1 : 0;
        CHECK(now <= *g.capacity);
        for (std::size_t i = 1; i < g.waiting.size(); ++i)
            CHECK(g.waiting[i - 1].askedOn <= g.waiting[i].askedOn);
        if (now == *g.capacity && !g.waiting.empty()) ++fullWithWaiting;
    }
    CHECK(fullWithWaiting >= 2);
}
