#pragma once

#include <optional>
#include <vector>

#include <QPen>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
QT_END_NAMESPACE

namespace mestring::ui {

/// Draws `values` (one per category, percent) as lines over the categories, leaving out the
/// categories without a value (no data is not 0 %): each run of categories with values is a
/// line of its own, so no line crosses a gap, and the series shows once in the legend. Returns
/// the highest value drawn (0 when none).
double addLineRuns(QChart *chart, const QString &name, const QPen &pen,
    const std::vector<std::optional<double>> &values, QAbstractAxis *categories,
    QAbstractAxis *axis);

} // namespace mestring::ui
