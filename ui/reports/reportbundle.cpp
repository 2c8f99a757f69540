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
    const core::ReportRequest &request, const BundleProgress &progress)
{
    const auto months = monthsOf(request.from, request.to);
    // The whole report is most of the work; the months (appointments only) the last tenth.
    const double reportShare = months.empty() ? 1.0 : 0.9;
    ReportBundle bundle;
    core::ReportProgress reportProgress;
    if (progress) {
        reportProgress = [&progress, reportShare](int done, int total) {
            return progress(int(1000.0 * reportShare * done / std::max(total, 1)));
        };
    }
    bundle.document = reports.report(actor, request, reportProgress);
    for (std::size_t i = 0; i < months.size(); ++i) {
        bundle.months.push_back(
            reports.appointmentIndicators(actor, months[i].first, months[i].second));
        const double share
            = reportShare + (1.0 - reportShare) * double(i + 1) / double(months.size());
        if (progress && !progress(int(1000.0 * share))) throw core::ReportCancelled();
    }
    return bundle;
}

} // namespace mestring::ui
