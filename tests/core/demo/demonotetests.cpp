#include <catch2/catch.hpp>

#include <set>

#include "core/demo/demogenerator.h"
#include "demofixtures.h"

using namespace mestring::core;
using namespace mestring::test::demo;

TEST_CASE("Demo journal notes belong to their client's courses and are written by staff who "
          "may write them",
    "[core][demo]")
{
    const Dataset &d = mediumDemo();
    std::map<QString, QString> clientOfCourse;
    for (const Course &c : d.courses)
        clientOfCourse[c.id] = c.client;
    std::map<QString, Role> roles;
    for (const StaffMember &s : d.staff)
        roles[s.id] = s.role;
    int withoutCourse = 0;
    for (const JournalNote &n : d.notes) {
        INFO(n.id.toStdString());
        if (n.course.isEmpty())
            ++withoutCourse;
        else
            CHECK(clientOfCourse.at(n.course) == n.client);
        CHECK(roles.at(n.author) != Role::AdminStaff);
        CHECK(n.writtenAt.date() < demoToday());
        CHECK_FALSE(n.text.isEmpty());
    }
    CHECK(withoutCourse > 0);
}

TEST_CASE("Demo addenda point to an earlier note of the same client", "[core][demo]")
{
    const Dataset &d = mediumDemo();
    std::map<QString, const JournalNote *> notes;
    int addenda = 0;
    for (const JournalNote &n : d.notes) {
        if (!n.addendumTo.isEmpty()) {
            ++addenda;
            INFO(n.id.toStdString());
            REQUIRE(notes.count(n.addendumTo) == 1); // and earlier in the list
            const JournalNote &original = *notes.at(n.addendumTo);
            CHECK(original.client == n.client);
            CHECK(original.writtenAt < n.writtenAt);
            CHECK(original.addendumTo.isEmpty());
        }
        notes[n.id] = &n;
    }
    CHECK(addenda > 10);
}

TEST_CASE("Demo journal texts are short Danish texts that vary", "[core][demo]")
{
    std::set<QString> texts;
    for (const JournalNote &n : mediumDemo().notes) {
        texts.insert(n.text);
        CHECK(n.text.size() < 300);
    }
    CHECK(texts.size() > 100);
    CHECK(std::any_of(texts.begin(), texts.end(),
        [](const QString &t) { return t.contains(QStringLiteral("ø")); }));
}
