#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/exchange/exchangereader.h"
#include "exchangetestdata.h"

using namespace mestring::core;
using namespace mestring::core::test;

namespace {

RuleIssues errorsWithSchedule(const char *schedule)
{
    const QJsonValue value = QJsonDocument::fromJson(schedule).object();
    return readExchange(
               withValueAt(domainExample(), QStringLiteral("prescriptions[0].schedule"), value))
        .errors;
}

QString describe(const RuleIssues &errors)
{
    QStringList lines;
    for (const RuleIssue &issue : errors)
        lines << issue.path + QStringLiteral(": ") + issue.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("A schedule with two keys, or none, is refused at the schedule", "[core][exchange]")
{
    const char *schedule = GENERATE(R"({"daily": true, "weekdays": ["mon"]})",
                                    R"({"weekdays": ["mon"], "every_days": 14})", R"({})",
                                    R"({"daily": null})");
    const RuleIssues errors = errorsWithSchedule(schedule);
    INFO(describe(errors).toStdString());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == QStringLiteral("prescriptions[0].schedule"));
    CHECK(errors[0].message.startsWith(QStringLiteral("A schedule has exactly one of")));
}

TEST_CASE("A schedule's single key must hold a usable value", "[core][exchange]")
{
    const auto [schedule, path] = GENERATE(
        std::pair{R"({"daily": false})", "prescriptions[0].schedule.daily"},
        std::pair{R"({"weekdays": []})", "prescriptions[0].schedule.weekdays"},
        std::pair{R"({"weekdays": ["mon", "mon"]})", "prescriptions[0].schedule.weekdays[1]"},
        std::pair{R"({"weekdays": ["Mon"]})", "prescriptions[0].schedule.weekdays[0]"},
        std::pair{R"({"every_days": 0})", "prescriptions[0].schedule.every_days"},
        std::pair{R"({"every_days": 1.5})", "prescriptions[0].schedule.every_days"},
        std::pair{R"({"monthly": 1})", "prescriptions[0].schedule.monthly"});
    const RuleIssues errors = errorsWithSchedule(schedule);
    INFO(describe(errors).toStdString());
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.back().path == QString::fromLatin1(path));
}

TEST_CASE("Mode take_home without take_home_days is refused", "[core][exchange]")
{
    const RuleIssues errors = readExchange(withValueAt(domainExample(),
                                                       QStringLiteral("prescriptions[0].mode"),
                                                       QStringLiteral("take_home")))
                                  .errors;
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == QStringLiteral("prescriptions[0].take_home_days"));
}

TEST_CASE("take_home_days with another mode is refused", "[core][exchange]")
{
    const RuleIssues errors = readExchange(withValueAt(domainExample(),
                                                       QStringLiteral(
                                                           "prescriptions[0].take_home_days"),
                                                       3))
                                  .errors;
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == QStringLiteral("prescriptions[0].take_home_days"));
    CHECK(errors[0].message.contains(QStringLiteral("take_home only")));
}

TEST_CASE("A dose that was taken or handed out needs dose_mg", "[core][exchange]")
{
    const char *status = GENERATE("taken", "handed_out");
    QByteArray json = withValueAt(domainExample(), QStringLiteral("dispensings[0].status"),
                                  QString::fromLatin1(status));
    json = withValueAt(json, QStringLiteral("dispensings[0].dose_mg"), QJsonValue());
    const RuleIssues errors = readExchange(json).errors;
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == QStringLiteral("dispensings[0].dose_mg"));
}

TEST_CASE("A failed read gives no records at all", "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(
        withValueAt(domainExample(), QStringLiteral("notes[0].kind"), QStringLiteral("email")));
    REQUIRE_FALSE(result.ok());
    CHECK(result.dataset.recordCount() == 0);
}
