#pragma once

#include <vector>

#include <QString>

#include "core/reports/effectreport.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace mestring::ui {

/// One rate of the report per quarter, with its target: what the trend chart draws.
struct TrendPoint
{
    QDate from;
    QDate to;
    std::optional<double> value; // none when the denominator is 0
    std::optional<double> target;
};

/// The points of `indicator`'s breakdown `breakdown` (empty: the whole) in `quarters` (from
/// ReportService::quarterlyTrend), one per quarter, each with the target of its year.
std::vector<TrendPoint> trendPoints(const std::vector<core::EffectReport> &quarters,
    const QString &indicator, const QString &breakdown);

/// "1. kvt. 2025".
QString quarterTitle(QDate from);
/// "K1 2025", short enough for 12 under a chart.
QString quarterLabel(QDate from);

/// The quarterly trend of one rate as a line with a point per quarter that has a value, and the
/// target as a dashed step line, a level per year. Danish labels; the caller owns the chart.
QChart *createTrendChart(const std::vector<TrendPoint> &points, const QString &title);

} // namespace mestring::ui
