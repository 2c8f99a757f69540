#include <catch2/catch.hpp>

#include "reportgolden.h"

// Golden reports: an interchange file under tests/data/reports/ and the report worked out by
// hand from domain.md section 3 (tests/data/reports/README.md shows the working).

using namespace mestring::test;
using mestring::core::CompareMode;
using mestring::core::ReportDimension;

TEST_CASE("With no records every indicator and breakdown key is present, rates null and counts 0",
    "[core][reports][golden]")
{
    checkGoldenReport(QStringLiteral("empty"));
}

TEST_CASE("Targets of the year the period ends in stand beside the values they belong to",
    "[core][reports][golden]")
{
    checkGoldenReport(QStringLiteral("targets"));
}

TEST_CASE("Courses starting and ending on the period's first and last day, guarantee exemptions "
          "and the waiting median of an even count",
    "[core][reports][golden]")
{
    checkGoldenReport(QStringLiteral("courses"));
}

TEST_CASE("Antabus chains that join or not, buprenorphine share, medical reviews and quality of "
          "life under substitution",
    "[core][reports][golden]")
{
    checkGoldenReport(QStringLiteral("medication"));
}

TEST_CASE("Appointments by their local day, absence days, families reached and group attendance",
    "[core][reports][golden]")
{
    checkGoldenReport(QStringLiteral("contacts"));
}

TEST_CASE("Goals without scores, assessments with missing areas, the phase funnel and follow-up "
          "after discharge",
    "[core][reports][golden]")
{
    checkGoldenReport(QStringLiteral("outcomes"));
}

TEST_CASE("FIT: improvement counted from the earliest to the latest ORS with the id tie-break, "
          "exactly 5 points, and SRS below 36 in the period",
    "[core][reports][golden][fit]")
{
    checkGoldenReport(QStringLiteral("feedback"));
}

// Breakdowns and comparisons (domain.md section 7): tests/data/reports/breakdowns.json, worked
// out in the README. The expected files list what was counted; everything else must be empty.

TEST_CASE("By home municipality each group counts its own courses and clients, a client without "
          "one in the empty group; last year's quarter beside it, and a count's yearly target pro "
          "rata",
    "[core][reports][golden][breakdown]")
{
    checkGoldenDocument(QStringLiteral("breakdowns"), QStringLiteral("breakdowns.municipality"),
        {QDate(2025, 1, 1), QDate(2025, 3, 31), {ReportDimension::Municipality},
            CompareMode::LastYear});
}

TEST_CASE("By age group a course counts at the age it started and a client at the age on the "
          "last day, born on 29 February a year older on 1 March; the previous quarter beside it",
    "[core][reports][golden][breakdown]")
{
    checkGoldenDocument(QStringLiteral("breakdowns"), QStringLiteral("breakdowns.age_band"),
        {QDate(2025, 1, 1), QDate(2025, 3, 31), {ReportDimension::AgeBand}, CompareMode::Previous});
}
