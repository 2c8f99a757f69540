#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

#include "core/domain/clock.h"

using mestring::core::Clock;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

} // namespace

TEST_CASE("The centre clock tells Copenhagen time whatever the PC's zone", "[core][clock]")
{
    REQUIRE(Clock::zoneAvailable());
    const Clock winter(utc("2025-01-15T23:30:00Z"));
    CHECK(winter.now().toString(Qt::ISODate) == QStringLiteral("2025-01-16T00:30:00+01:00"));
    CHECK(winter.today() == QDate(2025, 1, 16));
    const Clock summer(utc("2025-07-01T21:59:59Z"));
    CHECK(summer.now().toString(Qt::ISODate) == QStringLiteral("2025-07-01T23:59:59+02:00"));
    CHECK(summer.today() == QDate(2025, 7, 1));
}

TEST_CASE("The wall clock follows the real time in the centre's zone", "[core][clock]")
{
    const Clock clock;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock.now();
    CHECK_FALSE(clock.isFixed());
    CHECK(now.timeZone() == Clock::zone());
    CHECK(before.msecsTo(now) >= 0);
    CHECK(before.msecsTo(now) < 5000);
    CHECK(clock.today() == before.toTimeZone(Clock::zone()).date());
}

TEST_CASE("A fixed clock stands still until it is set or moved on", "[core][clock]")
{
    Clock clock(utc("2025-03-01T08:00:00Z"));
    CHECK(clock.isFixed());
    CHECK(clock.now() == clock.now());
    clock.advance(16 * 3600);
    CHECK(clock.now().toString(Qt::ISODate) == QStringLiteral("2025-03-02T01:00:00+01:00"));
    clock.set(Clock::at(QDate(2025, 6, 1), QTime(12, 0)));
    CHECK(clock.now().toUTC() == utc("2025-06-01T10:00:00Z"));
    clock.set(QDateTime());
    CHECK_FALSE(clock.isFixed());
}

TEST_CASE("A centre date and time give the instant a Danish wall clock shows", "[core][clock]")
{
    CHECK(Clock::at(QDate(2025, 1, 10), QTime(13, 0)).toUTC() == utc("2025-01-10T12:00:00Z"));
    CHECK(Clock::at(QDate(2025, 8, 10), QTime(13, 0)).toUTC() == utc("2025-08-10T11:00:00Z"));
    CHECK(Clock::at(QDate(2025, 8, 10), QTime(13, 0)).time() == QTime(13, 0));
    CHECK_FALSE(Clock::at(QDate(), QTime(13, 0)).isValid());
    CHECK_FALSE(Clock::at(QDate(2025, 8, 10), QTime()).isValid());
    CHECK(Clock::startOfDay(QDate(2025, 8, 10)).toUTC() == utc("2025-08-09T22:00:00Z"));
}

TEST_CASE("On the last Sunday of March a skipped time lands an hour later", "[core][clock][dst]")
{
    CHECK(Clock::at(QDate(2025, 3, 30), QTime(1, 59)).toUTC() == utc("2025-03-30T00:59:00Z"));
    const QDateTime skipped = Clock::at(QDate(2025, 3, 30), QTime(2, 30));
    CHECK(skipped.toUTC() == utc("2025-03-30T01:30:00Z"));
    CHECK(skipped.time() == QTime(3, 30));
    CHECK(Clock::at(QDate(2025, 3, 30), QTime(3, 0)).toUTC() == utc("2025-03-30T01:00:00Z"));
    CHECK(Clock::startOfDay(QDate(2025, 3, 31)).toUTC() == utc("2025-03-30T22:00:00Z"));
}

TEST_CASE("On the last Sunday of October a time that occurs twice means the first", "[core][clock][dst]")
{
    const QDateTime twice = Clock::at(QDate(2025, 10, 26), QTime(2, 30));
    CHECK(twice.toUTC() == utc("2025-10-26T00:30:00Z"));
    CHECK(twice.offsetFromUtc() == 7200);
    CHECK(Clock::at(QDate(2025, 10, 26), QTime(3, 0)).toUTC() == utc("2025-10-26T02:00:00Z"));
    CHECK(Clock::centreTime(utc("2025-10-26T01:30:00Z")).time() == QTime(2, 30));
    CHECK(Clock::centreTime(utc("2025-10-26T01:30:00Z")).offsetFromUtc() == 3600);
}

TEST_CASE("Any instant is converted to the centre's time and date", "[core][clock]")
{
    const QDateTime newYork = utc("2025-05-05T20:30:00-04:00");
    CHECK(Clock::centreTime(newYork).toString(Qt::ISODate)
          == QStringLiteral("2025-05-06T02:30:00+02:00"));
    CHECK(Clock::centreDate(newYork) == QDate(2025, 5, 6));
    CHECK(Clock::centreTime(newYork) == newYork);
    CHECK_FALSE(Clock::centreTime(QDateTime()).isValid());
    CHECK(Clock::centreDate(QDateTime()).isNull());
}
