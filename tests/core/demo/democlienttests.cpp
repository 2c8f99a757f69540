#include <catch2/catch.hpp>

#include <set>

#include "core/demo/demogenerator.h"
#include "core/domain/cpr.h"
#include "demofixtures.h"

using namespace mestring::core;
using namespace mestring::test::demo;

TEST_CASE("Demo CPR numbers are valid, unique and match birth date and sex", "[core][demo]")
{
    const Dataset &d = mediumDemo();
    std::set<QString> numbers;
    int replacement = 0;
    int failsModulus11 = 0;
    int withCpr = 0;
    for (const Client &c : d.clients) {
        if (c.cpr.isEmpty()) continue;
        ++withCpr;
        const Cpr cpr = parseCpr(c.cpr, demoToday());
        INFO(c.id.toStdString() << " " << c.cpr.toStdString());
        REQUIRE(cpr.valid);
        CHECK(cpr.birthDate == c.birthDate);
        CHECK(cpr.sex == c.sex);
        CHECK(numbers.insert(cpr.normalized).second);
        replacement += cpr.isReplacement ? 1 : 0;
        failsModulus11 += cpr.modulus11Ok ? 0 : 1;
    }
    CHECK(replacement > 0);
    CHECK(failsModulus11 > 0);
    CHECK(failsModulus11 < withCpr / 10); // most numbers pass the check
}

TEST_CASE("Demo clients have Danish names and municipalities, anonymous ones only an alias",
    "[core][demo]")
{
    const Dataset &d = mediumDemo();
    int anonymous = 0;
    std::set<QString> municipalities;
    for (const Client &c : d.clients) {
        INFO(c.id.toStdString());
        if (c.anonymous) {
            ++anonymous;
            CHECK(c.cpr.isEmpty());
            CHECK(c.firstName.isEmpty());
            CHECK(c.lastName.isEmpty());
            CHECK_FALSE(c.alias.isEmpty());
        } else {
            CHECK_FALSE(c.firstName.isEmpty());
            CHECK_FALSE(c.lastName.isEmpty());
            CHECK_FALSE(c.cpr.isEmpty());
            CHECK(c.birthDate.isValid());
        }
        municipalities.insert(c.municipality);
    }
    CHECK(anonymous > 10);
    CHECK(anonymous < 150);
    for (const char16_t *name :
        {u"Viborg", u"Skive", u"Silkeborg", u"Herning", u"Holstebro", u"Aarhus", u"Randers"})
        CHECK(municipalities.count(QString::fromUtf16(name)) == 1);
}

TEST_CASE("Anonymous demo clients have only ambulant SEL 101 a or SUL 141 courses and no "
          "prescriptions",
    "[core][demo]")
{
    const Dataset &d = mediumDemo();
    std::set<QString> anonymous;
    for (const Client &c : d.clients) {
        if (c.anonymous) anonymous.insert(c.id);
    }
    for (const Course &c : d.courses) {
        if (!anonymous.count(c.client)) continue;
        INFO(c.id.toStdString());
        CHECK(c.setting == Setting::Ambulant);
        const bool drug = c.legalBasis == LegalBasis::Sel101a && c.kind == CourseKind::Drug;
        const bool alcohol = c.legalBasis == LegalBasis::Sul141 && c.kind == CourseKind::Alcohol;
        CHECK((drug || alcohol));
    }
    for (const Prescription &p : d.prescriptions)
        CHECK(anonymous.count(p.client) == 0);
}

TEST_CASE("A demo client's courses of one kind never overlap", "[core][demo]")
{
    const auto byClient = groupBy(mediumDemo().courses, [](const Course &c) { return c.client; });
    const QDate far(9999, 12, 31);
    int clientsWithSeveral = 0;
    for (const auto &[client, courses] : byClient) {
        clientsWithSeveral += courses.size() > 1 ? 1 : 0;
        for (const Course *a : courses) {
            for (const Course *b : courses) {
                if (a == b || a->kind != b->kind) continue;
                const QDate aFrom = a->startDate.isValid() ? a->startDate : a->requestDate;
                const QDate bFrom = b->startDate.isValid() ? b->startDate : b->requestDate;
                const QDate aTo = a->endDate.isValid() ? a->endDate : far;
                INFO(a->id.toStdString() << " " << b->id.toStdString());
                CHECK((aTo < bFrom || (b->endDate.isValid() && b->endDate < aFrom)));
            }
        }
    }
    CHECK(clientsWithSeveral > 100);
}

TEST_CASE("Demo courses keep date order, move forward through phases and end with a reason "
          "and an outcome",
    "[core][demo]")
{
    int ended = 0;
    int skipped = 0;
    for (const Course &c : mediumDemo().courses) {
        INFO(c.id.toStdString());
        REQUIRE(c.requestDate.isValid());
        if (c.startDate.isNull()) {
            CHECK(c.phases.empty());
            CHECK(c.endDate.isNull());
            continue;
        }
        CHECK(c.requestDate <= c.startDate);
        CHECK(c.startDate <= demoToday());
        REQUIRE_FALSE(c.phases.empty());
        CHECK(c.phases.front().date == c.startDate);
        for (std::size_t i = 1; i < c.phases.size(); ++i) {
            CHECK(c.phases[i - 1].date <= c.phases[i].date);
            CHECK(c.phases[i - 1].phase < c.phases[i].phase);
            skipped += int(c.phases[i].phase) - int(c.phases[i - 1].phase) > 1 ? 1 : 0;
        }
        CHECK(c.endReason.has_value() == c.endDate.isValid());
        CHECK(c.outcome.has_value() == c.endDate.isValid());
        if (c.endDate.isValid()) {
            ++ended;
            CHECK(c.startDate <= c.endDate);
            CHECK(c.endDate < demoToday());
            CHECK(c.phases.back().date <= c.endDate);
            if (c.kind == CourseKind::Alcohol) CHECK(c.outcome != Outcome::Stabilised);
        }
        const bool residential = c.setting == Setting::Residential;
        CHECK(residential == c.plannedWeeks.has_value());
        CHECK(residential == !c.residentialProvider.isEmpty());
        if (c.startDate.daysTo(c.requestDate) < -14 && !c.guaranteeExempt)
            CHECK_FALSE(c.guaranteeDelayReason.isEmpty());
    }
    CHECK(ended > 500);
    CHECK(skipped > 0);
}

TEST_CASE("Demo ended courses mix their outcomes", "[core][demo]")
{
    std::map<Outcome, int> outcomes;
    int ended = 0;
    for (const Course &c : mediumDemo().courses) {
        if (c.outcome) {
            ++outcomes[*c.outcome];
            ++ended;
        }
    }
    for (const auto &[outcome, count] : outcomes) {
        INFO(enumCode(outcome).toStdString());
        CHECK(count < ended / 2); // no single outcome dominates
    }
    CHECK(outcomes[Outcome::Abstinent] + outcomes[Outcome::Reduced] > ended / 5);
}
