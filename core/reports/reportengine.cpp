#include "reportengine.h"

#include <array>

#include "core/domain/indicatorids.h"
#include "core/storage/database.h"
#include "core/storage/readsnapshot.h"
#include "indicatorqueries.h"

namespace mestring::core {

namespace {

using Part = void (*)(const Database &, EffectReport &, MemberSink *);

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

EffectReport emptyReport(QDate from, QDate to)
{
    Q_ASSERT(from.isValid() && to.isValid() && from <= to);
    EffectReport report;
    report.from = from;
    report.to = to;
    return report;
}

} // namespace

EffectReport computeEffectReport(
    const Database &db, QDate from, QDate to, const ReportProgress &progress)
{
    EffectReport report = emptyReport(from, to);
    const ReadSnapshot snapshot(db);
    const int total = int(std::size(parts));
    for (int done = 0; done < total; ++done) {
        parts[done].compute(db, report, nullptr);
        if (progress && !progress(done + 1, total)) throw ReportCancelled();
    }
    return report;
}

EffectReport computeAppointmentIndicators(const Database &db, QDate from, QDate to)
{
    EffectReport report = emptyReport(from, to);
    const ReadSnapshot snapshot(db);
    reportqueries::addAppointments(db, report, nullptr);
    return report;
}

EffectReport computeIndicatorPart(
    const Database &db, QDate from, QDate to, QStringView indicator, MemberSink *sink)
{
    const Part part = partFor(indicator);
    EffectReport report = emptyReport(from, to);
    const ReadSnapshot snapshot(db);
    part(db, report, sink);
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
        part(db, reports.back(), nullptr);
        if (progress && !progress(int(reports.size()), int(periods.size())))
            throw ReportCancelled();
    }
    return reports;
}

IndicatorMembers computeIndicatorMembers(
    const Database &db, QDate from, QDate to, QStringView indicator, QStringView breakdown)
{
    Q_ASSERT(hasMembers(indicator));
    MemberCollector collector(indicator.toString(), breakdown.toString());
    computeIndicatorPart(db, from, to, indicator, &collector);
    return collector.take(memberUnit(indicator));
}

} // namespace mestring::core
