#include "reporttargets.h"

#include <algorithm>

namespace mestring::core {

double shareOfYear(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from > to) return 1.0;
    const double days = double(from.daysTo(to) + 1);
    return std::min(1.0, days / double(to.daysInYear()));
}

bool isPeriodCount(QStringView indicator)
{
    static const QStringView counts[] = {u"families_reached", u"antabus_clients", u"active_clients",
        u"new_courses", u"ended_courses"};
    return std::find(std::begin(counts), std::end(counts), indicator) != std::end(counts);
}

bool lowerIsBetter(QStringView indicator)
{
    static const QStringView lower[] = {u"no_show_rate", u"waiting_days_median",
        u"followup_overdue", u"medical_review_overdue"};
    return std::find(std::begin(lower), std::end(lower), indicator) != std::end(lower);
}

ShownTarget shownTarget(const EffectReport &report, QStringView indicator, QStringView breakdown)
{
    ShownTarget shown;
    if (const EffectTarget *t = report.findTarget(indicator, breakdown)) {
        shown.baseline = t->baseline;
        shown.target = t->target;
    }
    const double share = shareOfYear(report.from, report.to);
    if (shown.target && share < 1.0 && isPeriodCount(indicator)) {
        shown.yearlyTarget = shown.target;
        shown.target = *shown.target * share;
    }
    return shown;
}

} // namespace mestring::core
