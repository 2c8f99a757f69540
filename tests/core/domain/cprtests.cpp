#include "core/domain/cpr.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using mestring::test::rules::date;
using mestring::test::rules::str;

namespace {

Cpr parse(const char *text, const char *today = "2025-06-01")
{
    return parseCpr(str(text), date(today));
}

} // namespace

TEST_CASE("A CPR number's century follows its 7th digit", "[core][cpr]")
{
    struct Case
    {
        const char *cpr;
        const char *birth;
    };
    const Case cases[] = {
        {"0101800059", "1980-01-01"}, // 0-3: 1900s
        {"1503853007", "1985-03-15"}, {"0101104001", "2010-01-01"}, // 4: 2000s when YY <= 36
        {"0101504018", "1950-01-01"}, // 4: 1900s when YY > 36
        {"0101369005", "2036-01-01"}, // 9: 2000s when YY <= 36
        {"0101379019", "1937-01-01"}, // 9: 1900s when YY > 36
        {"0101575039", "2057-01-01"}, // 5-8: 2000s when YY <= 57
        {"0101588009", "1858-01-01"}, // 5-8: 1800s when YY > 57
    };
    for (const Case &c : cases) {
        INFO(c.cpr);
        const Cpr cpr = parse(c.cpr);
        REQUIRE(cpr.valid);
        CHECK(cpr.birthDate == date(c.birth));
        CHECK(cpr.modulus11Ok);
        CHECK_FALSE(cpr.isReplacement);
        CHECK(cpr.error.isEmpty());
    }
}

TEST_CASE("The last digit of a CPR number gives the sex", "[core][cpr]")
{
    CHECK(parse("0101800059").sex == Sex::Male);
    CHECK(parse("0101800008").sex == Sex::Female);
}

TEST_CASE(
    "A CPR number is accepted with or without the dash and normalized without it", "[core][cpr]")
{
    const Cpr withDash = parse("010180-0059");
    const Cpr withoutDash = parse("0101800059");
    REQUIRE(withDash.valid);
    REQUIRE(withoutDash.valid);
    CHECK(withDash.normalized == str("0101800059"));
    CHECK(withoutDash.normalized == str("0101800059"));
    CHECK(parse("  010180-0059 ").valid);
    CHECK(normalizedCpr(str("010180-0059")) == str("0101800059"));
}

TEST_CASE("A CPR number failing modulus 11 is still valid but flagged", "[core][cpr]")
{
    const Cpr cpr = parse("0101801235");
    REQUIRE(cpr.valid);
    CHECK_FALSE(cpr.modulus11Ok);
    CHECK(cpr.birthDate == date("1980-01-01"));
    CHECK(cprModulus11Ok(str("0101800059")));
    CHECK_FALSE(cprModulus11Ok(str("0101800058")));
}

TEST_CASE("A CPR number whose date part is not a real date is refused", "[core][cpr]")
{
    for (const char *text :
        {"3102801235", "3104801235", "0013801235", "0001801235", "3113801235"}) {
        INFO(text);
        const Cpr cpr = parse(text);
        CHECK_FALSE(cpr.valid);
        CHECK_FALSE(cpr.error.isEmpty());
        CHECK_FALSE(cpr.birthDate.isValid());
    }
}

TEST_CASE("29 February in a CPR number is valid only in a leap year of its century", "[core][cpr]")
{
    CHECK(parse("2902004028").valid); // 4 and YY 00: 2000, a leap year
    CHECK_FALSE(parse("2902000006").valid); // 0 and YY 00: 1900, no leap year
}

TEST_CASE("A CPR number of the wrong length or with stray characters is refused", "[core][cpr]")
{
    for (const char *text :
        {"", "   ", "010180005", "01018000591", "010180--0059", "01018-00059", "010180 0059",
            "01018A0059", "0101800A59", "0101800059X", "010180+0059", "O101800059"}) {
        INFO(text);
        const Cpr cpr = parse(text);
        CHECK_FALSE(cpr.valid);
        CHECK_FALSE(cpr.error.isEmpty());
    }
}

TEST_CASE("A replacement CPR number with a valid 7th character is accepted", "[core][cpr]")
{
    for (const char *text :
        {"010180-1AB1", "0101807XY3", "010180-0AA2", "0101805ZZ5", "010180-6QR7"}) {
        INFO(text);
        const Cpr cpr = parse(text);
        REQUIRE(cpr.valid);
        CHECK(cpr.isReplacement);
        CHECK(cpr.modulus11Ok); // the check does not apply, so it never warns
        CHECK(cpr.birthDate == date("1980-01-01"));
    }
}

TEST_CASE("A replacement CPR number with another 7th character is refused", "[core][cpr]")
{
    for (const char *text :
        {"010180-2AB1", "0101803AB1", "010180-4AB1", "0101808AB1", "010180-9AB1", "010180-AAB1"}) {
        INFO(text);
        const Cpr cpr = parse(text);
        CHECK_FALSE(cpr.valid);
        CHECK_FALSE(cpr.error.isEmpty());
    }
}

TEST_CASE("A replacement CPR number is normalized to upper case and gives the sex", "[core][cpr]")
{
    const Cpr male = parse("010180-1ab1");
    REQUIRE(male.valid);
    CHECK(male.normalized == str("0101801AB1"));
    CHECK(male.sex == Sex::Male);
    CHECK(parse("0101801AB2").sex == Sex::Female);
}

TEST_CASE("A replacement CPR number must have letters in both middle places", "[core][cpr]")
{
    CHECK_FALSE(parse("0101801A11").valid);
    CHECK_FALSE(parse("01018011B1").valid);
    CHECK_FALSE(parse("0101801ABC").valid);
    CHECK_FALSE(parse("0101801ÆB1").valid);
}

TEST_CASE("A replacement CPR number's birth date is never after today", "[core][cpr]")
{
    // Its 7th character marks the kind of number, not the century: 2000s unless in the future.
    CHECK(parse("0101201AB1", "2025-06-01").birthDate == date("2020-01-01"));
    CHECK(parse("0101301AB1", "2025-06-01").birthDate == date("1930-01-01"));
    CHECK(parse("0106257AB1", "2025-06-01").birthDate == date("2025-06-01"));
    CHECK(parse("0206257AB1", "2025-06-01").birthDate == date("1925-06-02"));
    CHECK_FALSE(parse("3102201AB1").valid);
}
