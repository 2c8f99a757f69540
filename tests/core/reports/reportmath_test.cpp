#include <catch2/catch.hpp>

#include "core/reports/reportmath.h"
#include "support/sampledataset.h"

using namespace mestring::core;
using namespace mestring::core::reportmath;
using mestring::test::day;

namespace {

SpanRecord rx(const char *id, const char *first, const char *last = nullptr)
{
    return {QString::fromLatin1(id), {day(first), last ? day(last) : QDate()}};
}

} // namespace

TEST_CASE("The median of an even count is the mean of the two middle values", "[core][reports]")
{
    CHECK_FALSE(median({}).has_value());
    CHECK(median({7}) == 7.0);
    CHECK(median({9, 1, 5}) == 5.0);
    CHECK(median({14, 4, 11, 12}) == 11.5);
    CHECK(median({3, 3}) == 3.0);
}

TEST_CASE("Earliest and latest order by date, then by the smaller id in plain string order",
    "[core][reports]")
{
    CHECK(comesBefore(
        {day("2025-01-01"), QStringLiteral("b")}, {day("2025-01-02"), QStringLiteral("a")}));
    CHECK(comesBefore(
        {day("2025-01-01"), QStringLiteral("a10")}, {day("2025-01-01"), QStringLiteral("a9")}));
    CHECK_FALSE(comesBefore(
        {day("2025-01-01"), QStringLiteral("b")}, {day("2025-01-01"), QStringLiteral("a")}));
    CHECK_FALSE(comesBefore(
        {day("2025-01-01"), QStringLiteral("a")}, {day("2025-01-01"), QStringLiteral("a")}));
}

TEST_CASE("An antabus prescription starting the day after the previous one ends joins its episode; "
          "two days after starts a new one",
    "[core][reports]")
{
    const std::vector<DaySpan> joined = joinEpisodes(
        {rx("m1", "2025-01-01", "2025-01-31"), rx("m2", "2025-02-01", "2025-02-28")});
    CHECK(joined == std::vector<DaySpan> {{day("2025-01-01"), day("2025-02-28")}});

    const std::vector<DaySpan> apart = joinEpisodes(
        {rx("m1", "2025-01-01", "2025-01-31"), rx("m2", "2025-02-02", "2025-02-28")});
    CHECK(apart
        == std::vector<DaySpan> {
            {day("2025-01-01"), day("2025-01-31")}, {day("2025-02-02"), day("2025-02-28")}});
}

TEST_CASE("Antabus episodes are joined in start order whatever order the prescriptions come in, "
          "and an open last prescription leaves the episode open",
    "[core][reports]")
{
    const std::vector<DaySpan> episodes = joinEpisodes({rx("m3", "2025-03-01"),
        rx("m1", "2025-01-01", "2025-01-31"), rx("m2", "2025-02-01", "2025-02-28")});
    REQUIRE(episodes.size() == 1);
    CHECK(episodes[0].first == day("2025-01-01"));
    CHECK_FALSE(episodes[0].last.isValid());
    CHECK(joinEpisodes({}).empty());
}

TEST_CASE(
    "Antabus episode lengths fall in the buckets 1-30, 31-90, 91-180 and 181+", "[core][reports]")
{
    CHECK(episodeBucket(1) == 0);
    CHECK(episodeBucket(30) == 0);
    CHECK(episodeBucket(31) == 1);
    CHECK(episodeBucket(90) == 1);
    CHECK(episodeBucket(91) == 2);
    CHECK(episodeBucket(180) == 2);
    CHECK(episodeBucket(181) == 3);
}

TEST_CASE("Only closed antabus episodes whose last day is in the period are counted, both "
          "days included",
    "[core][reports]")
{
    const std::vector<DaySpan> episodes = {
        {day("2024-12-01"), day("2024-12-31")}, // ends the day before
        {day("2024-12-31"), day("2025-01-01")}, // ends on the first day: 2 days
        {day("2025-03-01"), day("2025-06-30")}, // ends on the last day: 122 days
        {day("2025-06-01"), day("2025-07-01")}, // ends the day after
        {day("2025-02-01"), QDate()}, // open
    };
    const EpisodeSummary s = summarizeEpisodes(episodes, day("2025-01-01"), day("2025-06-30"));
    CHECK(s.count == 2);
    CHECK(s.medianDays == 62.0);
    CHECK(s.buckets == std::array<qint64, 4> {1, 0, 1, 0});

    const EpisodeSummary none = summarizeEpisodes(episodes, day("2026-01-01"), day("2026-12-31"));
    CHECK(none.count == 0);
    CHECK_FALSE(none.medianDays.has_value());
}

TEST_CASE("A ratio with denominator 0 has no value", "[core][reports]")
{
    CHECK_FALSE(Ratio {0, 0}.value().has_value());
    CHECK(Ratio {1, 4}.value() == 0.25);
    CHECK_FALSE(AreaChange {}.improvedShare().value().has_value());
    CHECK(AreaChange {3, 1, 0}.improvedShare().value() == 0.75);
}
