#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "core/domain/clock.h"
#include "core/domain/indicatorids.h"
#include "core/reports/reportengine.h"
#include "core/reports/reportmath.h"
#include "core/reports/reportrows.h"
#include "core/services/accesslog.h"
#include "core/services/reportservice.h"
#include "core/services/serviceerrors.h"
#include "reportgolden.h"
#include "support/testdatabase.h"

// Drill-down lists (the courses or clients behind a number) and the quarterly trend, checked
// against the report's own numbers on the golden fixtures of tests/data/reports/.

using namespace mestring;
using namespace mestring::core;
using namespace mestring::test;
using namespace Qt::Literals::StringLiterals;

namespace {

std::pair<QDate, QDate> fixturePeriod(const QString &name)
{
    const QJsonObject period = QJsonDocument::fromJson(reportTestFile(name + u".expected.json"_s))
                                   .object()
                                   .value(QStringLiteral("period"))
                                   .toObject();
    return {QDate::fromString(period.value(QStringLiteral("from")).toString(), Qt::ISODate),
        QDate::fromString(period.value(QStringLiteral("to")).toString(), Qt::ISODate)};
}

// Every row of the report that has a list: its members add up to the row's numbers. Returns
// the indicators whose list was not empty.
QSet<QString> checkMembersAgree(const QString &name)
{
    TestDatabase db;
    importReportFixture(db, name);
    const auto [from, to] = fixturePeriod(name);
    const EffectReport report = ReportService(db).effectReport(Actor::system(), from, to);
    QSet<QString> nonEmpty;
    for (const ReportRow &row : reportRows(report)) {
        if (!hasMembers(row.indicator) || (!row.value && !row.denominator)) continue;
        const IndicatorMembers members
            = computeIndicatorMembers(db, from, to, row.indicator, row.breakdown);
        INFO(name.toStdString() << ": " << row.indicator.toStdString() << " "
                                << row.breakdown.toStdString());
        CHECK(members.unit == memberUnit(row.indicator));
        std::vector<qint64> days; // the median's: days waited, or each episode's length
        for (const IndicatorMember &m : members.members)
            days.push_back(m.first.isValid() ? m.first.daysTo(m.last) + 1 : m.numerator);
        if (row.indicator == u"waiting_days_median" || row.breakdown == u"median_days") {
            CHECK(reportmath::median(days) == row.value);
        } else if (row.denominator) {
            CHECK(members.numerator() == *row.numerator);
            CHECK(members.denominator() == *row.denominator);
        } else {
            // A count: every member counts once in it.
            CHECK(double(members.denominator()) == *row.value);
            CHECK(members.numerator() == members.denominator());
        }
        QSet<QString> ids; // an episode is its client and first day
        for (const IndicatorMember &m : members.members)
            ids.insert(m.id + m.first.toString(Qt::ISODate));
        CHECK(ids.size() == qsizetype(members.members.size()));
        if (!members.members.empty()) nonEmpty.insert(row.indicator);
    }
    return nonEmpty;
}

} // namespace

TEST_CASE("The courses and clients behind every number add up to it on every golden fixture",
    "[core][reports][drilldown]")
{
    QSet<QString> listed;
    for (const char *name : {"empty", "targets", "courses", "medication", "contacts", "outcomes", "feedback"})
        listed += checkMembersAgree(QString::fromLatin1(name));
    // The fixtures give every indicator with a list at least one member, so no kind of
    // indicator is checked only on empty lists.
    for (const IndicatorInfo &info : indicators) {
        const QString id = indicatorIdView(info.id).toString();
        if (!hasMembers(id)) continue;
        INFO(id.toStdString());
        CHECK(listed.contains(id));
    }
}

TEST_CASE("Client-count indicators list clients, the others courses", "[core][reports][drilldown]")
{
    CHECK(memberUnit(u"active_clients") == MemberUnit::Client);
    CHECK(memberUnit(u"buprenorphine_share") == MemberUnit::Client);
    CHECK(memberUnit(u"no_show_rate") == MemberUnit::Course);
    CHECK(memberUnit(u"ended_courses") == MemberUnit::Course);
    CHECK(memberUnit(u"waiting_days_median") == MemberUnit::Course);
    CHECK(memberUnit(u"antabus_episodes") == MemberUnit::Client);
    for (const IndicatorInfo &info : indicators)
        CHECK(hasMembers(indicatorIdView(info.id).toString()));
    CHECK_FALSE(hasMembers(u"no_such_indicator"));
}

TEST_CASE("Listing the clients behind a number logs one read per client shown",
    "[core][reports][drilldown]")
{
    TestDatabase db;
    importReportFixture(db, QStringLiteral("courses"));
    const auto [from, to] = fixturePeriod(QStringLiteral("courses"));
    Clock clock;
    AccessLog log(db, clock);
    const ReportService reports(db, log);
    const auto rows
        = reports.memberRows(Actor::system(), from, to, QStringLiteral("ended_courses"), u"all"_s);
    REQUIRE_FALSE(rows.empty());
    QSet<QString> clients;
    for (const MemberRow &row : rows) {
        CHECK_FALSE(row.clientName.isEmpty());
        CHECK_FALSE(row.courseId.isEmpty());
        CHECK(row.end >= from);
        CHECK(row.end <= to);
        clients.insert(row.clientId);
    }
    AccessLogQuery query;
    query.from = Clock().today();
    query.to = Clock().today();
    int reads = 0;
    for (const AccessLogEntry &entry : log.find(query)) {
        if (entry.action == accessKindCode(AccessKind::Read)) {
            ++reads;
            CHECK(clients.contains(entry.client));
        }
    }
    CHECK(reads == clients.size());
}

TEST_CASE("A list of an unknown indicator is refused, and so is a reader without ViewReports",
    "[core][reports][drilldown]")
{
    TestDatabase db;
    Clock clock;
    AccessLog log(db, clock);
    const QDate day(2025, 1, 1);
    CHECK_THROWS_AS(ReportService(db, log).memberRows(
                        Actor::system(), day, day, QStringLiteral("no_such_indicator"), {}),
        RuleViolation);
    const Actor therapist {QStringLiteral("s-1"), QStringLiteral("T"), Role::Therapist, false};
    CHECK_THROWS_AS(ReportService(db, log).memberRows(
                        therapist, day, day, QStringLiteral("ended_courses"), u"all"_s),
        PermissionDenied);
}

TEST_CASE("The quarters of a trend are the 12 calendar quarters up to the period's end",
    "[core][reports][trend]")
{
    const auto quarters = quartersUpTo(QDate(2025, 5, 10));
    REQUIRE(quarters.size() == 12);
    CHECK(quarters.front() == std::pair(QDate(2022, 7, 1), QDate(2022, 9, 30)));
    CHECK(quarters[10] == std::pair(QDate(2025, 1, 1), QDate(2025, 3, 31)));
    CHECK(quarters.back() == std::pair(QDate(2025, 4, 1), QDate(2025, 5, 10)));
}

TEST_CASE(
    "A quarter of the trend agrees with the whole report of that quarter", "[core][reports][trend]")
{
    // Fixture and indicator; the quarters Q4 2024 (other year, other targets), Q1 and Q2 2025.
    struct Case
    {
        const char *fixture;
        const char *indicator;
    };
    for (const Case &c : {Case {"contacts", "no_show_rate"}, Case {"courses", "ended_courses"},
             Case {"courses", "treatment_guarantee_rate"}, Case {"outcomes", "phase_funnel"},
             Case {"targets", "no_show_rate"}}) {
        TestDatabase db;
        importReportFixture(db, QString::fromLatin1(c.fixture));
        const QString indicator = QString::fromLatin1(c.indicator);
        const ReportService reports(db);
        const QDate end(2025, 6, 30);
        const auto trend = reports.quarterlyTrend(Actor::system(), indicator, end);
        REQUIRE(trend.size() == 12);
        for (std::size_t q : {std::size_t(9), std::size_t(10), std::size_t(11)}) {
            const EffectReport whole
                = reports.effectReport(Actor::system(), trend[q].from, trend[q].to);
            std::vector<ReportRow> expected;
            for (const ReportRow &row : reportRows(whole))
                if (row.indicator == indicator) expected.push_back(row);
            std::vector<ReportRow> actual;
            for (const ReportRow &row : reportRows(trend[q]))
                if (row.indicator == indicator) actual.push_back(row);
            INFO(c.fixture << " " << c.indicator << " quarter " << q);
            REQUIRE(actual.size() == expected.size());
            for (std::size_t i = 0; i < actual.size(); ++i) {
                CHECK(actual[i].breakdown == expected[i].breakdown);
                CHECK(actual[i].numerator == expected[i].numerator);
                CHECK(actual[i].denominator == expected[i].denominator);
                CHECK(actual[i].value == expected[i].value);
                CHECK(actual[i].target == expected[i].target);
            }
        }
    }
}
