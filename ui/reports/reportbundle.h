#pragma once

#include <functional>
#include <vector>

#include <QDate>

#include "core/reports/reportdocument.h"
#include "core/services/actor.h"

namespace mestring::core {
class ReportService;
}

namespace mestring::ui {

/// Everything the Rapporter page and the printed Effektmål report show for one period: the
/// report document (the centre's indicators, the comparison, the breakdowns) and, for the
/// monthly charts, the appointment indicators (no-shows, families reached) of each calendar
/// month of the period (cut to the period). Header, table, charts and print all read the
/// period from here, so they always show the same one.
struct ReportBundle
{
    core::ReportDocument document;
    /// One per month, in order, with only the appointment indicators filled in; empty for a
    /// period longer than maxMonths.
    std::vector<core::EffectReport> months;

    static constexpr int maxMonths = 24;

    const core::EffectReport &report() const { return document.report; }
};

/// Told with the share done in thousandths; returning false cancels (core::ReportCancelled).
using BundleProgress = std::function<bool(int permille)>;

/// The months of [from, to] as periods cut to it: {from, end of from's month}, ... Empty when
/// there are more than ReportBundle::maxMonths.
std::vector<std::pair<QDate, QDate>> monthsOf(QDate from, QDate to);

/// Computes the report `request` asks for and its months through `reports` (run it on the
/// thread that owns the service's database). Throws what ReportService::report throws.
ReportBundle computeReportBundle(const core::ReportService &reports, const core::Actor &actor,
    const core::ReportRequest &request, const BundleProgress &progress = {});

} // namespace mestring::ui
