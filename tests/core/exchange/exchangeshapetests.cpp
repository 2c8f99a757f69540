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

TEST_CASE("Corrections, closed days and the signed decisions of the medication records are read "
          "and refused like any record",
    "[core][exchange][corrections]")
{
    const QByteArray good = R"({"format": "mestring-exchange", "version": 1,
        "prescriptions": [{"id": "m1", "client": "c1", "drug": "methadone",
            "category": "substitution", "dose_mg": 900, "schedule": {"daily": true},
            "mode": "supervised", "start": "2025-01-20", "prescriber": "s9",
            "annulled": {"reason": "Tastefejl", "staff": "s9", "at": "2025-01-19T15:30:00+01:00"}}],
        "dispensings": [{"id": "d1", "prescription": "m2", "date": "2025-01-20", "dose_mg": 60,
            "status": "taken", "late_reason": "Glemt",
            "late_confirmed": {"staff": "s9", "at": "2025-01-21T09:00:00+01:00"}}],
        "corrections": [{"id": "r1", "annuls": "d1", "reason": "Forkert borger", "staff": "s3",
            "at": "2025-01-20T10:00:00+01:00"}],
        "closed_days": [{"date": "2025-06-05", "reason": "Grundlovsdag"}]})";
    const ExchangeReadResult read = readExchange(good);
    REQUIRE(read.ok());
    REQUIRE(read.dataset.prescriptions.front().annulled);
    CHECK(read.dataset.prescriptions.front().annulled->reason == QStringLiteral("Tastefejl"));
    CHECK(read.dataset.dispensings.front().lateReason == QStringLiteral("Glemt"));
    REQUIRE(read.dataset.dispensings.front().lateConfirmed);
    CHECK(read.dataset.dispensings.front().lateConfirmed->reason.isEmpty());
    CHECK(read.dataset.corrections.size() == 1);
    CHECK(read.dataset.closedDays.front().date == QDate(2025, 6, 5));

    QByteArray bad = good;
    bad.replace(R"("reason": "Forkert borger", )", "");
    bad.replace(R"("reason": "Tastefejl", )", R"("reason": "Tastefejl", "by": "s9", )");
    bad.replace(R"("date": "2025-06-05")", R"("date": "05-06-2025")");
    const ExchangeReadResult refused = readExchange(bad);
    CHECK(errorPaths(refused)
        == QStringList {QStringLiteral("prescriptions[0].annulled.by"),
            QStringLiteral("corrections[0].reason"), QStringLiteral("closed_days[0].date")});
}
