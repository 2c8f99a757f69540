#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include <QTimeZone>

#include "core/domain/clock.h"
#include "core/storage/sqlquery.h"

using namespace mestring::core;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

} // namespace

TEST_CASE(
    "An instant is stored as UTC text of one width, milliseconds kept", "[core][storage][time]")
{
    CHECK(dateTimeValue(Clock::at(QDate(2025, 1, 17), QTime(10, 0))).toString()
        == QStringLiteral("2025-01-17T09:00:00.000Z"));
    CHECK(dateTimeValue(Clock::at(QDate(2025, 7, 1), QTime(8, 0, 5, 123))).toString()
        == QStringLiteral("2025-07-01T06:00:05.123Z"));
    // The same instant from a PC in New York, one in UTC and one with a fixed offset.
    const QDateTime newYork = utc("2025-01-17T04:00:00-05:00");
    CHECK(dateTimeValue(newYork) == dateTimeValue(utc("2025-01-17T09:00:00Z")));
    CHECK(dateTimeValue(newYork).toString() == QStringLiteral("2025-01-17T09:00:00.000Z"));
    CHECK(dateTimeValue(QDateTime()).isNull());
}

TEST_CASE("Stored instant text sorts in time order whatever offset the values had",
    "[core][storage][time]")
{
    std::mt19937 random(20250330);
    std::uniform_int_distribution<qint64> second(0, 3LL * 365 * 86400);
    const QList<QTimeZone> zones {QTimeZone::utc(), Clock::zone(),
        QTimeZone(QByteArrayLiteral("America/New_York")), QTimeZone(-9 * 3600)};
    std::vector<QDateTime> instants;
    for (int i = 0; i < 2000; ++i) {
        const QDateTime at = utc("2024-01-01T00:00:00Z").addMSecs(second(random) * 1000 + i % 7);
        instants.push_back(at.toTimeZone(zones[i % zones.size()]));
    }
    std::vector<QString> texts;
    for (const QDateTime &at : instants)
        texts.push_back(dateTimeValue(at).toString());
    std::sort(instants.begin(), instants.end());
    std::sort(texts.begin(), texts.end());
    for (std::size_t i = 0; i < instants.size(); ++i)
        REQUIRE(dateTimeFrom(texts[i]) == instants[i]);
}

TEST_CASE("A stored instant is read back in Copenhagen time", "[core][storage][time]")
{
    const QDateTime read = dateTimeFrom(QStringLiteral("2025-01-17T23:30:00.000Z"));
    CHECK(read.timeZone() == Clock::zone());
    CHECK(read.date() == QDate(2025, 1, 18));
    CHECK(read.time() == QTime(0, 30));
    CHECK(dateTimeFrom(QStringLiteral("2025-07-01T06:00:05.123Z")).time() == QTime(8, 0, 5, 123));
    // Text of older versions: with an offset, and (staff.locked_until) Danish time without one.
    CHECK(dateTimeFrom(QStringLiteral("2025-01-17T10:00:00+01:00")).toUTC()
        == utc("2025-01-17T09:00:00Z"));
    CHECK(
        dateTimeFrom(QStringLiteral("2025-06-01T10:15:00")).toUTC() == utc("2025-06-01T08:15:00Z"));
    // A backend that hands back a date-time value (PostgreSQL's timestamptz).
    CHECK(dateTimeFrom(QVariant(utc("2025-01-17T09:00:00Z"))).time() == QTime(10, 0));
    CHECK_FALSE(dateTimeFrom(QVariant()).isValid());
    CHECK_FALSE(dateTimeFrom(QStringLiteral("not a time")).isValid());
}

TEST_CASE("A centre day starts at Copenhagen midnight, also on the days the clocks change",
    "[core][storage][time][dst]")
{
    CHECK(
        dayStartValue(QDate(2025, 1, 17)).toString() == QStringLiteral("2025-01-16T23:00:00.000Z"));
    CHECK(
        dayStartValue(QDate(2025, 3, 30)).toString() == QStringLiteral("2025-03-29T23:00:00.000Z"));
    CHECK(
        dayStartValue(QDate(2025, 3, 31)).toString() == QStringLiteral("2025-03-30T22:00:00.000Z"));
    CHECK(dayStartValue(QDate(2025, 10, 26)).toString()
        == QStringLiteral("2025-10-25T22:00:00.000Z"));
    CHECK(dayStartValue(QDate(2025, 10, 27)).toString()
        == QStringLiteral("2025-10-26T23:00:00.000Z"));
    CHECK(dayStartValue(QDate()).isNull());
}

TEST_CASE("A stored date reads back as the same day, and other text as Qt's ISO reader reads it",
    "[core][storage][time]")
{
    for (const QDate &day : {QDate(2025, 1, 1), QDate(2024, 2, 29), QDate(1999, 12, 31)})
        CHECK(dateFrom(dateValue(day)) == day);
    CHECK(dateFrom(QVariant(QStringLiteral("2026-11-23"))) == QDate(2026, 11, 23));
    CHECK_FALSE(dateFrom(QVariant()).isValid());
    for (const char *text : {"2025-02-29", "2025-13-01", "2025-00-10", "0000-01-01", "2025-1-011",
             "20x5-01-01", "2025-01-0a", "", "2025/01/01", " 2025-01-01", "2025-01-01T10:00"}) {
        INFO(text);
        const QString stored = QString::fromLatin1(text);
        CHECK(dateFrom(QVariant(stored)) == QDate::fromString(stored, Qt::ISODate));
    }
}
