#include <catch2/catch.hpp>

#include "core/domain/typedtext.h"

using namespace mestring::core;

TEST_CASE("A time is read as staff type it: 1300, 13:00, 13.00, 930 and 13", "[core][typedtext]")
{
    CHECK(parseTypedTime(u"1300") == QTime(13, 0));
    CHECK(parseTypedTime(u"13:00") == QTime(13, 0));
    CHECK(parseTypedTime(u"13.00") == QTime(13, 0));
    CHECK(parseTypedTime(u"13,30") == QTime(13, 30));
    CHECK(parseTypedTime(u" 9:30 ") == QTime(9, 30));
    CHECK(parseTypedTime(u"930") == QTime(9, 30));
    CHECK(parseTypedTime(u"0930") == QTime(9, 30));
    CHECK(parseTypedTime(u"13") == QTime(13, 0));
    CHECK(parseTypedTime(u"8") == QTime(8, 0));
    CHECK(parseTypedTime(u"00:00") == QTime(0, 0));
}

TEST_CASE("Text that is not a time of day is refused", "[core][typedtext]")
{
    for (const char16_t *text :
        {u"", u"24:00", u"13:60", u"2500", u"13:0", u"1:2:3", u"abc", u"12345", u"13-00"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(parseTypedTime(text).isValid());
    }
}

TEST_CASE(
    "A date is read as staff type it, two-digit years by the nearest century", "[core][typedtext]")
{
    const QDate today(2025, 6, 1);
    CHECK(parseTypedDate(u"24-10-1965", today) == QDate(1965, 10, 24));
    CHECK(parseTypedDate(u"24.10.1965", today) == QDate(1965, 10, 24));
    CHECK(parseTypedDate(u"24/10/65", today) == QDate(1965, 10, 24));
    CHECK(parseTypedDate(u"241065", today) == QDate(1965, 10, 24));
    CHECK(parseTypedDate(u"1-3-2025", today) == QDate(2025, 3, 1));
    CHECK(parseTypedDate(u"010335", today) == QDate(2035, 3, 1)); // up to 10 years ahead
    CHECK(parseTypedDate(u"010336", today) == QDate(1936, 3, 1));
    CHECK_FALSE(parseTypedDate(u"31-02-2025", today).isValid());
    CHECK_FALSE(parseTypedDate(u"hansen", today).isValid());
}
