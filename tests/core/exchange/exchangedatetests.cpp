#include <catch2/catch.hpp>

#include "core/exchange/exchangereader.h"
#include "exchangetestdata.h"

using namespace mestring::core;
using namespace mestring::core::test;

namespace {

RuleIssues errorsAfterSetting(const char *path, const char *text)
{
    return readExchange(withValueAt(domainExample(), QString::fromLatin1(path),
                                    QString::fromUtf8(text)))
        .errors;
}

} // namespace

TEST_CASE("A date not written YYYY-MM-DD is refused", "[core][exchange]")
{
    const char *text = GENERATE("2025-1-5", "2025-01-5", "05-01-2025", "2025/01/05", "20250105",
                                "2025-01-05T00:00:00", " 2025-01-05", "2025-01-05 ", "+2025-01-05",
                                "2025-01-0x", "", "२०२५-01-05");
    const RuleIssues errors = errorsAfterSetting("courses[0].start_date", text);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == QStringLiteral("courses[0].start_date"));
    CHECK(errors[0].message == QStringLiteral("Expected a date written YYYY-MM-DD."));
}

TEST_CASE("A date that does not exist is refused", "[core][exchange]")
{
    const char *text = GENERATE("2025-02-30", "2023-02-29", "2025-13-01", "2025-00-10",
                                "2025-04-31", "2025-01-00", "0000-01-01");
    const RuleIssues errors = errorsAfterSetting("goals[0].subgoals[0].deadline", text);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == QStringLiteral("goals[0].subgoals[0].deadline"));
    CHECK(errors[0].message == QStringLiteral("This date does not exist."));
}

TEST_CASE("A date-time without UTC offset, or not in ISO form, is refused", "[core][exchange]")
{
    const char *text = GENERATE("2025-01-17T10:00:00", "2025-01-17 10:00:00+01:00",
                                "2025-01-17T10:00+01:00", "2025-01-17T10:00:00+0100",
                                "2025-01-17T10:00:00+01", "2025-01-17t10:00:00z",
                                "2025-01-17T10:00:00.1234+01:00", "2025-01-17T10:00:00.+01:00",
                                "2025-01-17", "17-01-2025T10:00:00+01:00", "");
    const RuleIssues errors = errorsAfterSetting("appointments[0].start", text);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == QStringLiteral("appointments[0].start"));
    CHECK(errors[0].message.startsWith(QStringLiteral("Expected a date and time with UTC offset")));
}

TEST_CASE("A date-time that does not exist is refused", "[core][exchange]")
{
    const char *text = GENERATE("2025-02-30T10:00:00+01:00", "2025-01-17T24:00:00+01:00",
                                "2025-01-17T10:60:00+01:00", "2025-01-17T10:00:60+01:00",
                                "2025-01-17T10:00:00+15:00", "2025-01-17T10:00:00+01:60");
    const RuleIssues errors = errorsAfterSetting("notes[0].written_at", text);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == QStringLiteral("notes[0].written_at"));
    CHECK(errors[0].message == QStringLiteral("This date, time or UTC offset does not exist."));
}

TEST_CASE("A session start that is not HH:MM is refused", "[core][exchange]")
{
    CHECK(errorsAfterSetting("groups[0].sessions[0].start", "09:30").empty());
    const char *text = GENERATE("9:30", "09:30:00", "24:00", "09:60", "0930", "");
    const RuleIssues errors = errorsAfterSetting("groups[0].sessions[0].start", text);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == QStringLiteral("groups[0].sessions[0].start"));
}
