#include "reportengine.h"

#include <algorithm>
#include <array>

#include "core/domain/indicatorids.h"
#include "core/storage/database.h"
#include "core/storage/readsnapshot.h"
#include "indicatorqueries.h"

namespace mestring::core {

namespace {

using Part = void (*)(const Database &, ReportScope &);

// Every part of the report, in report order, with the indicators it computes.
struct PartInfo
{
    Part compute;
    std::array<std::string_view, 5> indicators;
};

constexpr PartInfo parts[] = {
    {reportqueries::addEndedCourses,
        {"ended_courses", "alcohol_success_rate", "drug_success_rate", "completed_reduction_rate",
            "residential_completion_rate"}},
    {reportqueries::addNewCourses, {"new_courses"}},
    {reportqueries::addActiveClients, {"active_clients"}},
    {reportqueries::addTreatmentGuarantee, {"treatment_guarantee_rate", "waiting_days_median"}},
    {reportqueries::addFollowupOverdue, {"followup_overdue"}},
    {reportqueries::addPostDischargeFollowup, {"post_discharge_followup_due"}},
    {reportqueries::addPhaseFunnel, {"phase_funnel"}},
    {reportqueries::addAppointments, {"no_show_rate", "families_reached"}},
    {reportqueries::addGroupAttendance, {"group_attendance_rate"}},
    {reportqueries::addBuprenorphineShare, {"buprenorphine_share"}},
    {reportqueries::addAntabus, {"antabus_clients", "antabus_episodes"}},
    {reportqueries::addMedicalReviewOverdue, {"medical_review_overdue"}},
    {reportqueries::addSubstitutionQol, {"substitution_qol_rate"}},
    {reportqueries::addGoalMastery, {"goal_mastery_rate"}},
    {reportqueries::addLifeAreas, {"life_area_improvement"}},
    {reportqueries::addFitImprovement, {"fit_improvement_rate"}},
    {reportqueries::addFitLowAlliance, {"fit_low_alliance_share"}},
};

Part partFor(QStringView indicator)
{
    for (const PartInfo &part : parts) {
        for (std::string_view id : part.indicators) {
            if (!id.empty() && indicator == indicatorIdView(id)) return part.compute;
        }
    }
    throw std::invalid_argument("no report part computes this indicator");
}

// The lists of the median and of the episodes' length come from the rows they are made of.
QString memberBreakdown(QStringView indicator, QStringView breakdown)
{
    if (indicator == u"antabus_episodes" && (breakdown.isEmpty() || breakdown == u"median_days"))
        return QStringLiteral("count");
    return breakdown.toString();
}

EffectReport emptyReport(QDate from, QDate to)
{
    Q_ASSERT(from.isValid() && to.isValid() && from <= to);
    EffectReport report;
    report.from = from;
    report.to = to;
    return report;
}

// Runs every part on `scope`, telling `progress` after each as part `offset + i` of `total`.
void runParts(const Database &db, ReportScope &scope, const ReportProgress &progress, int offset,
    int total)
{
    const int count = int(std::size(parts));
    for (int done = 0; done < count; ++done) {
        parts[done].compute(db, scope);
        if (progress && !progress(offset + done + 1, total)) throw ReportCancelled();
    }
}

// The groups of one period, each split's reports computed; groups with nothing counted dropped.
struct PeriodSplit
{
    EffectReport centre;
    std::vector<GroupSplit> splits;
};

PeriodSplit computePeriod(const Database &db, QDate from, QDate to,
    const std::vector<ReportDimension> &by, const ReportProgress &progress, int offset, int total)
{
    PeriodSplit period {emptyReport(from, to), {}};
    for (ReportDimension dimension : by)
        period.splits.push_back(loadGroupSplit(db, dimension, from, to));
    ReportScope scope(period.centre, period.splits);
    runParts(db, scope, progress, offset, total);
    return period;
}

// The report of group `key` in `split`; an empty one of `period` when the split has no such
// group.
EffectReport groupReport(const GroupSplit &split, const QString &key, const EffectReport &period)
{
    const qsizetype index = split.keys.indexOf(key);
    return index >= 0 ? split.reports[std::size_t(index)] : emptyReport(period.from, period.to);
}

QString groupName(const PeriodSplit &current, const PeriodSplit *compared, std::size_t s,
    const QString &key)
{
    for (const PeriodSplit *period : {&current, compared}) {
        if (!period) continue;
        const GroupSplit &split = period->splits[s];
        const qsizetype index = split.keys.indexOf(key);
        if (index >= 0 && !split.names.at(index).isEmpty()) return split.names.at(index);
    }
    return {};
}

// The groups of one split over both periods, in the dimension's order; a group with nothing
// counted in either period is left out (a staff member who has left, a closed municipality).
ReportBreakdown breakdownOf(const PeriodSplit &current, const PeriodSplit *compared, std::size_t s)
{
    const GroupSplit &split = current.splits[s];
    QStringList keys = split.keys;
    if (compared) {
        for (const QString &key : compared->splits[s].keys) {
            if (!keys.contains(key)) keys << key;
        }
    }
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return groupComesBefore(split.dimension, a, b);
    });
    const EffectReport nothingNow = emptyReport(current.centre.from, current.centre.to);
    ReportBreakdown breakdown {split.dimension, {}};
    for (const QString &key : keys) {
        ReportGroup group {key, groupName(current, compared, s, key),
            groupReport(split, key, current.centre), std::nullopt};
        bool counted = group.report != nothingNow;
        if (compared) {
            group.compared = groupReport(compared->splits[s], key, compared->centre);
            counted = counted
                || *group.compared != emptyReport(compared->centre.from, compared->centre.to);
        }
        if (counted) breakdown.groups.push_back(std::move(group));
    }
    return breakdown;
}

} // namespace

EffectReport computeEffectReport(
    const Database &db, QDate from, QDate to, const ReportProgress &progress)
{
    EffectReport report = emptyReport(from, to);
    const ReadSnapshot snapshot(db);
    ReportScope scope(report);
    runParts(db, scope, progress, 0, int(std::size(parts)));
    return report;
}

ReportDocument computeReportDocument(
    const Database &db, const ReportRequest &request, const ReportProgress &progress)
{
    const ReadSnapshot snapshot(db);
    const int periods = request.compare ? 2 : 1;
    const int total = int(std::size(parts)) * periods;
    PeriodSplit current
        = computePeriod(db, request.from, request.to, request.by, progress, 0, total);
    std::optional<PeriodSplit> compared;
    if (request.compare) {
        const auto [from, to] = comparisonPeriod(request.from, request.to, *request.compare);
        compared = computePeriod(
            db, from, to, request.by, progress, int(std::size(parts)), total);
    }
    ReportDocument document;
    for (std::size_t s = 0; s < request.by.size(); ++s)
        document.breakdowns.push_back(breakdownOf(current, compared ? &*compared : nullptr, s));
    document.report = std::move(current.centre);
    document.compareMode = request.compare;
    if (compared) document.compared = std::move(compared->centre);
    return document;
}

EffectReport computeAppointmentIndicators(const Database &db, QDate from, QDate to)
{
    EffectReport report = emptyReport(from, to);
    const ReadSnapshot snapshot(db);
    ReportScope scope(report);
    reportqueries::addAppointments(db, scope);
    return report;
}

EffectReport computeIndicatorPart(
    const Database &db, QDate from, QDate to, QStringView indicator, MemberSink *sink)
{
    const Part part = partFor(indicator);
    EffectReport report = emptyReport(from, to);
    const ReadSnapshot snapshot(db);
    ReportScope scope(report, sink);
    part(db, scope);
    return report;
}

std::vector<EffectReport> computeIndicatorTrend(const Database &db, QStringView indicator,
    const ReportPeriods &periods, const ReportProgress &progress)
{
    const Part part = partFor(indicator);
    std::vector<EffectReport> reports;
    reports.reserve(periods.size());
    const ReadSnapshot snapshot(db);
    for (const auto &[from, to] : periods) {
        reports.push_back(emptyReport(from, to));
        ReportScope scope(reports.back());
        part(db, scope);
        if (progress && !progress(int(reports.size()), int(periods.size())))
            throw ReportCancelled();
    }
    return reports;
}

IndicatorMembers computeIndicatorMembers(const Database &db, QDate from, QDate to,
    QStringView indicator, QStringView breakdown, const std::optional<GroupFilter> &group)
{
    Q_ASSERT(hasMembers(indicator));
    MemberCollector collector(indicator.toString(), memberBreakdown(indicator, breakdown));
    if (!group) {
        computeIndicatorPart(db, from, to, indicator, &collector);
        return collector.take(memberUnit(indicator));
    }
    const Part part = partFor(indicator);
    EffectReport centre = emptyReport(from, to);
    const ReadSnapshot snapshot(db);
    std::vector<GroupSplit> splits {loadGroupSplit(db, group->dimension, from, to)};
    ReportScope scope(centre, splits);
    scope.setGroupSink(0, int(splits.front().keys.indexOf(group->key)), &collector);
    part(db, scope);
    return collector.take(memberUnit(indicator));
}

} // namespace mestring::core
