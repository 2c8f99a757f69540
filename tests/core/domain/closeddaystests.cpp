#include "core/domain/medication/closeddays.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

TEST_CASE("Easter Sunday is computed for 2024 to 2030", "[core][medication][closed]")
{
    CHECK(easterSunday(2024) == date("2024-03-31"));
    CHECK(easterSunday(2025) == date("2025-04-20"));
    CHECK(easterSunday(2026) == date("2026-04-05"));
    CHECK(easterSunday(2027) == date("2027-03-28"));
    CHECK(easterSunday(2028) == date("2028-04-16"));
    CHECK(easterSunday(2029) == date("2029-04-01"));
    CHECK(easterSunday(2030) == date("2030-04-21"));
    // Far-off years too: the earliest and latest possible Easters.
    CHECK(easterSunday(2285) == date("2285-03-22"));
    CHECK(easterSunday(2038) == date("2038-04-25"));
}

TEST_CASE("Store bededag is a holiday in 2023 and not from 2024", "[core][medication][closed]")
{
    const ClosedDayCalendar calendar;
    CHECK(calendar.isClosed(date("2023-05-05")));
    CHECK_FALSE(calendar.reason(date("2023-05-05")).isEmpty());
    // Easter 2024 is 31 March; 26 days later is Friday 26 April, an ordinary day now.
    CHECK_FALSE(calendar.isClosed(date("2024-04-26")));
    CHECK(danishHolidays(2023).size() == 11);
    CHECK(danishHolidays(2024).size() == 10);
}

TEST_CASE("The Danish public holidays of 2025 are the ten of the law", "[core][medication][closed]")
{
    std::vector<QDate> days;
    for (const Holiday &h : danishHolidays(2025))
        days.push_back(h.date);
    CHECK(days
        == std::vector<QDate> {date("2025-01-01"), date("2025-04-17"), date("2025-04-18"),
            date("2025-04-20"), date("2025-04-21"), date("2025-05-29"), date("2025-06-08"),
            date("2025-06-09"), date("2025-12-25"), date("2025-12-26")});
}

TEST_CASE("The centre's own closed days join the holidays, and runs of closed days are counted",
    "[core][medication][closed]")
{
    const ClosedDayCalendar calendar({{date("2025-06-05"), QStringLiteral("Grundlovsdag")},
        {date("2025-12-24"), QStringLiteral("Juleaftensdag")}, {QDate(), QStringLiteral("x")}});
    CHECK(calendar.isClosed(date("2025-06-05")));
    CHECK(calendar.reason(date("2025-06-05")) == QStringLiteral("Grundlovsdag"));
    CHECK_FALSE(calendar.isClosed(date("2025-06-04")));
    CHECK(calendar.closedRunFrom(date("2025-12-24")) == 3); // 24, 25, 26 December
    CHECK(calendar.closedRunFrom(date("2025-12-23")) == 0);
    CHECK(calendar.between(date("2025-12-20"), date("2025-12-31")).size() == 3);
    CHECK(calendar.centreDays().size() == 2);
}

TEST_CASE("A run of closed days is bounded, so a supply never grows past two weeks",
    "[core][medication][closed]")
{
    std::vector<ClosedDay> month;
    for (int day = 1; day <= 31; ++day)
        month.push_back({QDate(2025, 7, day), QStringLiteral("Sommerlukket")});
    CHECK(ClosedDayCalendar(month).closedRunFrom(date("2025-07-01"))
        == ClosedDayCalendar::maxClosedRun);
}
