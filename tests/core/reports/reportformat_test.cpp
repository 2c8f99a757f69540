#include <catch2/catch.hpp>

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>

#include "core/domain/indicatorids.h"
#include "core/reports/reportjson.h"
#include "core/reports/reportrows.h"
#include "core/reports/reporttitles.h"
#include "support/sampledataset.h"

using namespace mestring::core;
using mestring::test::day;

namespace {

EffectReport sampleReport()
{
    EffectReport r;
    r.from = day("2025-01-01");
    r.to = day("2025-12-31");
    r.noShow.all = {5, 40};
    r.noShow.byKind[std::size_t(CourseKind::Drug)] = {1, 4};
    r.antabusClients = 7;
    r.antabusEpisodes = {3, 61.5, {1, 1, 1, 0}};
    r.waitingDaysMedian = 9;
    r.lifeAreas[std::size_t(LifeArea::Crime)] = {3, 1, 0};
    r.targets = {{QStringLiteral("no_show_rate"), QStringLiteral("drug"), 2025, std::nullopt, 0.29},
        {QStringLiteral("new_courses"), QString(), 2025, std::nullopt, 100},
        {QStringLiteral("antabus_clients"), QString(), 2025, 5, std::nullopt}};
    return r;
}

QJsonObject indicatorsOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("indicators")).toObject();
}

} // namespace

TEST_CASE("The JSON report names format, version and period and lists every indicator in report "
          "order",
    "[core][reports]")
{
    const QByteArray json = effectReportJson(sampleReport());
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value(QStringLiteral("format")) == QStringLiteral("mestring-report"));
    CHECK(root.value(QStringLiteral("version")) == 1);
    CHECK(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("from"))
        == QStringLiteral("2025-01-01"));
    const QJsonObject indicators = indicatorsOf(json);
    CHECK(indicators.size() == qsizetype(mestring::core::indicators.size()));
    qsizetype previous = -1;
    for (const IndicatorInfo &info : mestring::core::indicators) {
        const QByteArray key
            = "\n    \"" + QByteArray(info.id.data(), qsizetype(info.id.size())) + "\": ";
        const qsizetype at = json.indexOf(key);
        INFO(std::string(info.id));
        CHECK(at > previous);
        previous = at;
    }
}

TEST_CASE("The JSON report puts a target beside the value it belongs to, and none where only a "
          "baseline is set",
    "[core][reports]")
{
    const QJsonObject indicators = indicatorsOf(effectReportJson(sampleReport()));
    const QJsonObject noShow = indicators.value(QStringLiteral("no_show_rate")).toObject();
    CHECK(noShow.value(QStringLiteral("drug")).toObject().value(QStringLiteral("target")) == 0.29);
    CHECK(noShow.value(QStringLiteral("drug")).toObject().value(QStringLiteral("value")) == 0.25);
    CHECK_FALSE(noShow.value(QStringLiteral("all")).toObject().contains(QStringLiteral("target")));
    CHECK(indicators.value(QStringLiteral("new_courses")).toObject().value(QStringLiteral("target"))
        == 100);
    CHECK_FALSE(indicators.value(QStringLiteral("antabus_clients"))
                    .toObject()
                    .contains(QStringLiteral("target")));
}

TEST_CASE("Report rows name every breakdown key of every indicator", "[core][reports]")
{
    const std::vector<ReportRow> rows = reportRows(EffectReport {});
    const auto count = [&](const char *indicator) {
        return std::count_if(rows.begin(), rows.end(),
            [&](const ReportRow &r) { return r.indicator == QLatin1StringView(indicator); });
    };
    CHECK(count("alcohol_success_rate") == 1);
    CHECK(count("completed_reduction_rate") == 2);
    CHECK(count("no_show_rate") == 3);
    CHECK(count("goal_mastery_rate") == 1 + enumCount<Theme>());
    CHECK(count("life_area_improvement") == enumCount<LifeArea>());
    CHECK(count("phase_funnel") == 6);
    CHECK(count("antabus_episodes") == 6);
    CHECK(count("post_discharge_followup_due") == 2);
    for (const IndicatorInfo &info : mestring::core::indicators)
        CHECK(count(info.id.data()) > 0);
}

TEST_CASE("A target without breakdown belongs to the indicator as a whole only", "[core][reports]")
{
    EffectReport r;
    r.targets = {{QStringLiteral("no_show_rate"), QString(), 2025, std::nullopt, 0.3},
        {QStringLiteral("no_show_rate"), QStringLiteral("all"), 2025, std::nullopt, 0.2}};
    CHECK(r.targetFor(u"no_show_rate") == 0.3);
    CHECK(r.targetFor(u"no_show_rate", u"all") == 0.2);
    CHECK_FALSE(r.targetFor(u"no_show_rate", u"drug").has_value());
    CHECK_FALSE(r.targetFor(u"new_courses").has_value());
}

TEST_CASE("Every indicator has a title and a plain-language definition for the printed appendix",
    "[core][reports]")
{
    for (const IndicatorInfo &info : mestring::core::indicators) {
        const QString id = indicatorIdView(info.id).toString();
        INFO(id.toStdString());
        CHECK(indicatorTitle(id) != id);
        CHECK(indicatorDefinition(id).size() > 20);
    }
    CHECK(indicatorDefinition(u"no_such_indicator").isEmpty());
}
