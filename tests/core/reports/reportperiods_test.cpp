#include <catch2/catch.hpp>

#include "core/reports/breakdown.h"
#include "core/reports/reportdocument.h"
#include "core/reports/reportrows.h"
#include "core/reports/reporttargets.h"

// The periods a report is compared with, the age bands and the pro-rata targets of domain.md
// section 7.

using namespace mestring::core;

namespace {

std::pair<QDate, QDate> period(const char *from, const char *to)
{
    return {QDate::fromString(QString::fromLatin1(from), Qt::ISODate),
        QDate::fromString(QString::fromLatin1(to), Qt::ISODate)};
}

std::pair<QDate, QDate> compared(const char *from, const char *to, CompareMode mode)
{
    const auto [f, t] = period(from, to);
    return comparisonPeriod(f, t, mode);
}

} // namespace

TEST_CASE("The previous period of whole calendar months is as many whole months before it",
    "[core][reports][compare]")
{
    CHECK(compared("2025-04-01", "2025-06-30", CompareMode::Previous)
        == period("2025-01-01", "2025-03-31")); // a quarter and the quarter before
    CHECK(compared("2025-03-01", "2025-03-31", CompareMode::Previous)
        == period("2025-02-01", "2025-02-28")); // a month of 31 days and February
    CHECK(compared("2024-03-01", "2024-03-31", CompareMode::Previous)
        == period("2024-02-01", "2024-02-29"));
    CHECK(compared("2025-01-01", "2025-12-31", CompareMode::Previous)
        == period("2024-01-01", "2024-12-31"));
    CHECK(compared("2025-01-01", "2025-02-28", CompareMode::Previous)
        == period("2024-11-01", "2024-12-31"));
}

TEST_CASE("The previous period of other days is as many days ending the day before",
    "[core][reports][compare]")
{
    CHECK(compared("2025-03-10", "2025-03-16", CompareMode::Previous)
        == period("2025-03-03", "2025-03-09"));
    CHECK(compared("2025-01-01", "2025-03-15", CompareMode::Previous)
        == period("2024-10-19", "2024-12-31")); // 74 days, not whole months
    CHECK(compared("2025-02-15", "2025-03-14", CompareMode::Previous)
        == period("2025-01-18", "2025-02-14"));
}

TEST_CASE("Last year is the same dates a year earlier, 29 February becoming 28 February",
    "[core][reports][compare]")
{
    CHECK(compared("2025-01-01", "2025-03-31", CompareMode::LastYear)
        == period("2024-01-01", "2024-03-31"));
    CHECK(compared("2024-02-01", "2024-02-29", CompareMode::LastYear)
        == period("2023-02-01", "2023-02-28"));
    CHECK(compared("2024-02-29", "2024-03-31", CompareMode::LastYear)
        == period("2023-02-28", "2023-03-31"));
    CHECK(compared("2025-03-01", "2025-05-31", CompareMode::LastYear)
        == period("2024-03-01", "2024-05-31"));
}

TEST_CASE("An age band is the age in whole years on the day, unknown without a birth date",
    "[core][reports][breakdown]")
{
    CHECK(ageBand(QDate(2007, 3, 15), QDate(2025, 3, 14)) == u"under 18");
    CHECK(ageBand(QDate(2007, 3, 15), QDate(2025, 3, 15)) == u"18-24");
    CHECK(ageBand(QDate(2000, 1, 1), QDate(2024, 12, 31)) == u"18-24");
    CHECK(ageBand(QDate(2000, 1, 1), QDate(2025, 1, 1)) == u"25-34");
    CHECK(ageBand(QDate(1960, 2, 29), QDate(2025, 2, 28)) == u"55-64");
    CHECK(ageBand(QDate(1960, 2, 29), QDate(2025, 3, 1)) == u"65+");
    CHECK(ageBand(QDate(1960, 2, 29), QDate(2024, 2, 29)) == u"55-64"); // 64 on the day
    CHECK(ageBand(QDate(), QDate(2025, 1, 1)) == u"unknown");
    CHECK(ageBand(QDate(1980, 1, 1), QDate()) == u"unknown");
}

TEST_CASE("Dimensions are read from their codes, each once, and an unknown one is refused",
    "[core][reports][breakdown]")
{
    CHECK(parseDimensions({QStringLiteral("municipality"), QStringLiteral(" sex"),
              QStringLiteral("municipality")})
        == std::vector {ReportDimension::Municipality, ReportDimension::Sex});
    CHECK_FALSE(parseDimensions({QStringLiteral("municipality"), QStringLiteral("colour")}));
    CHECK(splitsClients(ReportDimension::AgeBand));
    CHECK_FALSE(splitsClients(ReportDimension::Responsible));
    CHECK(groupComesBefore(ReportDimension::AgeBand, QStringLiteral("65+"), QStringLiteral("unknown")));
    CHECK(groupComesBefore(ReportDimension::AgeBand, QStringLiteral("under 18"), QStringLiteral("18-24")));
    CHECK(groupComesBefore(ReportDimension::Municipality, QStringLiteral("Viborg"), QStringLiteral("Ærø")));
    CHECK(groupComesBefore(ReportDimension::Municipality, QStringLiteral("Ærø"), QString()));
}

TEST_CASE("A count's yearly target is held pro rata on a shorter period; rates and states on the "
          "last day keep theirs",
    "[core][reports][targets]")
{
    EffectReport report;
    report.from = QDate(2025, 1, 1);
    report.to = QDate(2025, 3, 31);
    report.targets = {{QStringLiteral("families_reached"), QString(), 2025, 12, 20},
        {QStringLiteral("new_courses"), QStringLiteral("drug"), 2025, std::nullopt, 100},
        {QStringLiteral("no_show_rate"), QStringLiteral("drug"), 2025, 0.35, 0.29},
        {QStringLiteral("followup_overdue"), QString(), 2025, std::nullopt, 0}};
    const ShownTarget families = shownTarget(report, u"families_reached", {});
    CHECK(families.proRata());
    CHECK(*families.target == Approx(20.0 * 90 / 365));
    CHECK(families.yearlyTarget == 20);
    CHECK(families.baseline == 12);
    CHECK(*shownTarget(report, u"new_courses", u"drug").target == Approx(100.0 * 90 / 365));
    CHECK_FALSE(shownTarget(report, u"no_show_rate", u"drug").proRata());
    CHECK(shownTarget(report, u"no_show_rate", u"drug").target == 0.29);
    CHECK_FALSE(shownTarget(report, u"followup_overdue", {}).proRata());
    // A whole year (also a leap year, or a year across New Year) keeps the yearly target.
    report.from = QDate(2024, 1, 1);
    report.to = QDate(2024, 12, 31);
    CHECK_FALSE(shownTarget(report, u"families_reached", {}).proRata());
    report.from = QDate(2024, 7, 1);
    report.to = QDate(2025, 6, 30);
    CHECK_FALSE(shownTarget(report, u"families_reached", {}).proRata());
    CHECK(shareOfYear(QDate(2024, 2, 1), QDate(2024, 2, 29)) == Approx(29.0 / 366));
}

TEST_CASE("A rate out of fewer than 10 is marked small, 0 of 0 is no data and not small",
    "[core][reports]")
{
    ReportRow row;
    row.denominator = 9;
    CHECK(row.isSmall());
    row.denominator = 10;
    CHECK_FALSE(row.isSmall());
    row.denominator = 0;
    CHECK_FALSE(row.isSmall());
    row.denominator.reset(); // a count
    CHECK_FALSE(row.isSmall());
}
