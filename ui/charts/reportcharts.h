#pragma once

#include <vector>

#include "ui/reports/reportbundle.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace mestring::ui {

/// The charts of the Rapporter page and the printed Effektmål report, made from one
/// ReportBundle so screen and paper show the same. Danish titles and labels; the caller owns
/// the chart.
enum class ReportChart {
    NoShowByMonth,
    PhaseFunnel,
    LifeAreas,
    AntabusEpisodes,
    Buprenorphine,
    Fit
};
inline constexpr int reportChartCount = 6;

QChart *createReportChart(ReportChart which, const ReportBundle &bundle);
QString reportChartTitle(ReportChart which);

} // namespace mestring::ui
