#include <catch2/catch.hpp>

#include "ui/formatting.h"

using namespace mestring::ui;

TEST_CASE("CPR numbers are shown as DDMMYY-SSSS however they were stored", "[ui][formatting]")
{
    CHECK(formatCpr(QStringLiteral("0101801235")) == QLatin1StringView("010180-1235"));
    CHECK(formatCpr(QStringLiteral("010180-1235")) == QLatin1StringView("010180-1235"));
    CHECK(formatCpr(QStringLiteral("010180X1AB")) == QLatin1StringView("010180-X1AB"));
    CHECK(formatCpr(QStringLiteral("12345")) == QLatin1StringView("12345"));
    CHECK(formatCpr(QString()).isEmpty());
}

TEST_CASE("Dates are shown as dd-MM-yyyy and a missing date as nothing", "[ui][formatting]")
{
    CHECK(formatDate(QDate(2025, 3, 7)) == QLatin1StringView("07-03-2025"));
    CHECK(formatDate(QDate()).isEmpty());
}

TEST_CASE("Age counts whole years up to the birthday", "[ui][formatting]")
{
    CHECK(ageOn(QDate(1980, 6, 15), QDate(2025, 6, 14)) == 44);
    CHECK(ageOn(QDate(1980, 6, 15), QDate(2025, 6, 15)) == 45);
    CHECK(ageOn(QDate(2000, 2, 29), QDate(2025, 2, 28)) == 24);
    CHECK_FALSE(ageOn(QDate(), QDate(2025, 1, 1)).has_value());
    CHECK_FALSE(ageOn(QDate(2030, 1, 1), QDate(2025, 1, 1)).has_value());
}
