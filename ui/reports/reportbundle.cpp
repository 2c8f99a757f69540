#include "reportbundle.h"

#include "core/services/reportservice.h"

namespace mestring::ui {

std::vector<std::pair<QDate, QDate>> monthsOf(QDate from, QDate to)
{
    std::vector<std::pair<QDate, QDate>> months;
    if (!from.isValid() || !to.isValid() || from > to) return months;
    for (QDate first = from; first <= to;) {
        const QDate monthEnd = QDate(first.year(), first.month(), first.daysInMonth());
        months.emplace_back(first, std::min(monthEnd, to));
        if (int(months.size()) > ReportBundle::maxMonths) return {};
        first = monthEnd.addDays(1);
    }
    return months;
}

ReportBundle computeReportBundle(const core::ReportService &reports, const core::Actor &actor,
    QDate from, QDate to, const BundleProgress &progress)
{
    const auto months = monthsOf(from, to);
    // The whole period weighs as much as all its months together.
    const int steps = months.empty() ? 1 : 2;
    auto partProgress = [&](int step, double stepShare) -> core::ReportProgress {
        if (!progress) return {};
        return [&progress, step, stepShare, steps](int done, int total) {
            const double share = (step + stepShare * done / std::max(total, 1)) / steps;
            return progress(int(share * 1000.0));
        };
    };

    ReportBundle bundle;
    bundle.report = reports.effectReport(actor, from, to, partProgress(0, 1.0));
    const double monthShare = months.empty() ? 0.0 : 1.0 / double(months.size());
    for (std::size_t i = 0; i < months.size(); ++i) {
        auto monthProgress = [&, i](int done, int total) {
            if (!progress) return true;
            const double share = 1.0 + monthShare * (double(i) + double(done) / std::max(total, 1));
            return progress(int(share / steps * 1000.0));
        };
        bundle.months.push_back(
            reports.effectReport(actor, months[i].first, months[i].second, monthProgress));
    }
    return bundle;
}

} // namespace mestring::ui
