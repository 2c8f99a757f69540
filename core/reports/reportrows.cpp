#include "reportrows.h"

#include <cmath>

#include <QHash>

#include "core/domain/indicatorids.h"
#include "reporttargets.h"
#include "reporttitles.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core {

namespace {

class RowBuilder
{
public:
    explicit RowBuilder(const EffectReport &report)
        : m_report(report)
    {
    }

    std::vector<ReportRow> build();

private:
    ReportRow &row(const QString &breakdown)
    {
        ReportRow &r = m_rows.emplace_back();
        r.indicator = m_indicator;
        r.breakdown = breakdown;
        const ShownTarget shown = shownTarget(m_report, m_indicator, breakdown);
        r.target = shown.target;
        r.baseline = shown.baseline;
        r.yearlyTarget = shown.yearlyTarget;
        return r;
    }
    void ratio(const Ratio &r, const QString &breakdown = {})
    {
        ReportRow &x = row(breakdown);
        x.numerator = r.numerator;
        x.denominator = r.denominator;
        x.value = r.value();
    }
    void value(std::optional<double> v, const QString &breakdown = {}) { row(breakdown).value = v; }
    void count(qint64 v, const QString &breakdown = {}) { value(double(v), breakdown); }
    // The target or baseline of a broken-down indicator as a whole, when one is set.
    void wholeTarget()
    {
        if (const EffectTarget *t = m_report.findTarget(m_indicator); t && (t->target || t->baseline))
            row({});
    }
    void indicator(std::string_view id) { m_indicator = indicatorIdView(id).toString(); }

    void kindRatios(const Ratio &all, const std::array<Ratio, 2> &byKind, bool withAll);
    void kindCounts(std::string_view id, const KindCounts &counts);
    void outcomes();
    void courses();

    const EffectReport &m_report;
    QString m_indicator;
    std::vector<ReportRow> m_rows;
};

void RowBuilder::kindRatios(const Ratio &all, const std::array<Ratio, 2> &byKind, bool withAll)
{
    if (withAll) ratio(all, u"all"_s);
    for (CourseKind kind : enumValues<CourseKind>())
        ratio(byKind[std::size_t(kind)], enumCode(kind));
    wholeTarget();
}

void RowBuilder::kindCounts(std::string_view id, const KindCounts &counts)
{
    indicator(id);
    count(counts.all, u"all"_s);
    for (CourseKind kind : enumValues<CourseKind>())
        count(counts.byKind[std::size_t(kind)], enumCode(kind));
    wholeTarget();
}

std::vector<ReportRow> RowBuilder::build()
{
    const EffectReport &r = m_report;
    indicator("alcohol_success_rate");
    ratio(r.alcoholSuccess);
    indicator("drug_success_rate");
    ratio(r.drugSuccess);
    indicator("completed_reduction_rate");
    kindRatios({}, r.completedReduction, false);
    indicator("no_show_rate");
    kindRatios(r.noShow.all, r.noShow.byKind, true);
    indicator("treatment_guarantee_rate");
    ratio(r.treatmentGuarantee);
    indicator("waiting_days_median");
    value(r.waitingDaysMedian);
    indicator("residential_completion_rate");
    ratio(r.residentialCompletion);
    indicator("buprenorphine_share");
    ratio(r.buprenorphineShare);
    indicator("antabus_clients");
    count(r.antabusClients);
    indicator("antabus_episodes");
    count(r.antabusEpisodes.count, u"count"_s);
    value(r.antabusEpisodes.medianDays, u"median_days"_s);
    for (std::size_t i = 0; i < episodeBucketKeys.size(); ++i)
        count(
            r.antabusEpisodes.buckets[i], u"buckets."_s + QLatin1StringView(episodeBucketKeys[i]));
    wholeTarget();
    indicator("families_reached");
    count(r.familiesReached);
    outcomes();
    courses();
    return std::move(m_rows);
}

void RowBuilder::outcomes()
{
    const EffectReport &r = m_report;
    indicator("goal_mastery_rate");
    ratio(r.goalMasteryAll, u"all"_s);
    for (Theme theme : enumValues<Theme>())
        ratio(r.goalMasteryByTheme[std::size_t(theme)], enumCode(theme));
    wholeTarget();
    indicator("life_area_improvement");
    for (LifeArea area : enumValues<LifeArea>())
        ratio(r.lifeAreas[std::size_t(area)].improvedShare(), enumCode(area));
    wholeTarget();
    indicator("substitution_qol_rate");
    ratio(r.substitutionQol);
    indicator("phase_funnel");
    for (CourseKind kind : enumValues<CourseKind>()) {
        for (std::size_t t = 0; t < phaseFunnelTransitions.size(); ++t) {
            ratio(r.phaseFunnel[std::size_t(kind)][t],
                enumCode(kind) + QLatin1Char('.') + indicatorIdView(phaseFunnelTransitions[t]));
        }
    }
    wholeTarget();
    indicator("group_attendance_rate");
    ratio(r.groupAttendance);
}

void RowBuilder::courses()
{
    const EffectReport &r = m_report;
    kindCounts("active_clients", r.activeClients);
    kindCounts("new_courses", r.newCourses);
    kindCounts("ended_courses", r.endedCourses);
    indicator("followup_overdue");
    count(r.followupOverdue);
    indicator("post_discharge_followup_due");
    ratio(r.postDischargeFollowup[std::size_t(PostDischargeType::Post1m)], u"post_1m"_s);
    ratio(r.postDischargeFollowup[std::size_t(PostDischargeType::Post6m)], u"post_6m"_s);
    wholeTarget();
    indicator("fit_improvement_rate");
    ratio(r.fitImprovement);
    indicator("fit_low_alliance_share");
    ratio(r.fitLowAlliance);
    indicator("medical_review_overdue");
    count(r.medicalReviewOverdue);
}

} // namespace

std::optional<double> ReportRow::change() const
{
    if (!value || !compared || !compared->value) return std::nullopt;
    return *value - *compared->value;
}

bool ReportRow::isTargetOnly() const
{
    const IndicatorInfo *info = findIndicator(indicator);
    return breakdown.isEmpty() && info && info->breakdown != IndicatorBreakdown::None;
}

std::vector<ReportRow> reportRows(const EffectReport &report, const EffectReport *compared)
{
    std::vector<ReportRow> rows = RowBuilder(report).build();
    if (!compared) return rows;
    QHash<QString, ReportRow::Measure> before;
    for (const ReportRow &r : RowBuilder(*compared).build())
        before.insert(r.indicator + QLatin1Char('/') + r.breakdown, {r.numerator, r.denominator, r.value});
    for (ReportRow &r : rows) {
        if (r.isTargetOnly()) continue;
        const auto found = before.constFind(r.indicator + QLatin1Char('/') + r.breakdown);
        if (found != before.cend()) r.compared = *found;
    }
    return rows;
}

std::optional<bool> targetMet(const ReportRow &row)
{
    if (!row.value || !row.target) return std::nullopt;
    const double scale = indicatorIsRate(row.indicator) ? 1000.0 : 10.0;
    const double value = std::round(*row.value * scale);
    const double target = std::round(*row.target * scale);
    return lowerIsBetter(row.indicator) ? value <= target : value >= target;
}

bool splitsUnder(QStringView indicator, ReportDimension dimension)
{
    const IndicatorInfo *info = findIndicator(indicator);
    return info && (!info->clientBased || splitsClients(dimension));
}

BreakdownRows breakdownRows(const ReportDocument &document, const ReportBreakdown &breakdown)
{
    // The groups hold no targets; the centre's column is made the same way so the rows match.
    const auto rowsOf = [&](const EffectReport &report, const std::optional<EffectReport> &compared) {
        EffectReport withoutTargets = report;
        withoutTargets.targets.clear();
        std::vector<ReportRow> rows;
        for (ReportRow &r : reportRows(withoutTargets, compared ? &*compared : nullptr)) {
            if (splitsUnder(r.indicator, breakdown.dimension)) rows.push_back(std::move(r));
        }
        return rows;
    };
    BreakdownRows table;
    table.centre = rowsOf(document.report, document.compared);
    for (const ReportGroup &group : breakdown.groups)
        table.groups.push_back(rowsOf(group.report, group.compared));
    return table;
}

} // namespace mestring::core
