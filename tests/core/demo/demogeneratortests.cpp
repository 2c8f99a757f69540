#include <catch2/catch.hpp>

#include <set>

#include "core/demo/demogenerator.h"
#include "demofixtures.h"

using namespace mestring::core;
using namespace mestring::test::demo;

TEST_CASE("Demo sizes are written and read as small, medium and large", "[core][demo]")
{
    for (DemoSize size : {DemoSize::Small, DemoSize::Medium, DemoSize::Large})
        CHECK(parseDemoSize(demoSizeCode(size)) == size);
    CHECK(demoSizeCode(DemoSize::Medium) == QStringLiteral("medium"));
    CHECK(parseDemoSize(u"LARGE") == DemoSize::Large);
    CHECK_FALSE(parseDemoSize(u"huge").has_value());
    CHECK_FALSE(parseDemoSize(u"").has_value());
}

TEST_CASE("The same size, seed and day give an identical demo dataset", "[core][demo]")
{
    const Dataset again = generateDemo(DemoSize::Small, 42, demoToday());
    CHECK(again == smallDemo());
    CHECK(generateDemo(DemoSize::Medium, 42, demoToday()) == mediumDemo());
}

TEST_CASE("Another seed or another day gives another demo dataset", "[core][demo]")
{
    const Dataset otherSeed = generateDemo(DemoSize::Small, 43, demoToday());
    CHECK_FALSE(otherSeed == smallDemo());
    CHECK(otherSeed.clients.size() == smallDemo().clients.size()); // same centre, other people
    CHECK_FALSE(otherSeed.clients == smallDemo().clients);
    CHECK_FALSE(generateDemo(DemoSize::Small, 42, demoToday().addDays(1)) == smallDemo());
}

TEST_CASE(
    "The demo accounts come first with their fixed ids, names, roles and usernames", "[core][demo]")
{
    struct Expected
    {
        const char16_t *id, *name;
        Role role;
        const char16_t *username;
    };
    const Expected expected[] = {
        {u"s-anne", u"Anne Holm", Role::Therapist, u"anne"},
        {u"s-peter", u"Peter Lund", Role::Therapist, u"peter"},
        {u"s-lise", u"Lise Berg", Role::FamilyTherapist, u"lise"},
        {u"s-mette", u"Mette Dahl", Role::Nurse, u"mette"},
        {u"s-ole", u"Ole Berg", Role::Doctor, u"ole"},
        {u"s-karen", u"Karen Vinther", Role::Intake, u"karen"},
        {u"s-hanne", u"Hanne Kjær", Role::Coordinator, u"hanne"},
        {u"s-jorgen", u"Jørgen Mikkelsen", Role::Manager, u"jorgen"},
        {u"s-sofie", u"Sofie Nielsen", Role::AdminStaff, u"sofie"},
    };
    QStringList usernames;
    for (const Dataset *data : {&smallDemo(), &mediumDemo()}) {
        REQUIRE(data->staff.size() >= std::size(expected));
        for (std::size_t i = 0; i < std::size(expected); ++i) {
            const StaffMember &s = data->staff[i];
            CHECK(s.id == QString::fromUtf16(expected[i].id));
            CHECK(s.name == QString::fromUtf16(expected[i].name));
            CHECK(s.role == expected[i].role);
            CHECK(s.username == QString::fromUtf16(expected[i].username));
            CHECK(s.active);
        }
    }
    for (const Expected &e : expected)
        usernames << QString::fromUtf16(e.username);
    CHECK(demoUsernames() == usernames);
}

TEST_CASE("The small demo has only the demo accounts; bigger centres add staff without a login",
    "[core][demo]")
{
    CHECK(smallDemo().staff.size() == 9);
    const std::vector<StaffMember> &staff = mediumDemo().staff;
    CHECK(staff.size() > 20);
    std::set<QString> ids;
    int doctors = 0;
    for (std::size_t i = 0; i < staff.size(); ++i) {
        CHECK(ids.insert(staff[i].id).second);
        doctors += staff[i].role == Role::Doctor ? 1 : 0;
        if (i >= 9) CHECK(staff[i].username.isEmpty());
    }
    CHECK(doctors >= 2);
}

TEST_CASE("The small demo is a centre of about 60 clients over two years", "[core][demo]")
{
    const Dataset &d = smallDemo();
    CHECK(d.clients.size() == 60);
    CHECK(d.courses.size() >= 60);
    CHECK(d.courses.size() <= 120);
    for (const Course &c : d.courses) {
        CHECK(c.requestDate >= demoToday().addYears(-2));
        CHECK(c.requestDate <= demoToday());
    }
    CHECK(d.appointments.size() > 500);
    CHECK(d.dispensings.size() > 300);
    CHECK(d.notes.size() > 200);
}

TEST_CASE("The medium demo is a centre of about 1,000 clients over three years", "[core][demo]")
{
    const Dataset &d = mediumDemo();
    CHECK(d.clients.size() == 1000);
    CHECK(d.courses.size() >= 1100);
    CHECK(d.courses.size() <= 2000);
    for (const Course &c : d.courses)
        CHECK(c.requestDate >= demoToday().addYears(-3));
    CHECK(d.appointments.size() > 15'000);
    CHECK(d.dispensings.size() > 20'000);
    CHECK(d.notes.size() > 10'000);
}

TEST_CASE("Demo ids are readable and unique per record type", "[core][demo]")
{
    const Dataset &d = mediumDemo();
    auto unique = [](const auto &records, QLatin1Char prefix) {
        std::set<QString> ids;
        for (const auto &r : records) {
            CHECK(r.id.startsWith(prefix));
            CHECK(ids.insert(r.id).second);
        }
    };
    unique(d.clients, QLatin1Char('c'));
    unique(d.courses, QLatin1Char('k'));
    unique(d.goals, QLatin1Char('g'));
    unique(d.assessments, QLatin1Char('a'));
    unique(d.appointments, QLatin1Char('p'));
    unique(d.absences, QLatin1Char('f'));
    unique(d.groups, QLatin1Char('g'));
    unique(d.prescriptions, QLatin1Char('m'));
    unique(d.dispensings, QLatin1Char('d'));
    unique(d.notes, QLatin1Char('n'));
    CHECK(d.clients.front().id == QStringLiteral("c000001"));
}
