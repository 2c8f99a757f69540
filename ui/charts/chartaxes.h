#pragma once

#include <QDate>
#include <QString>

class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace mestring::ui {

// Axes the record's charts share, so every chart reads the same way.

/// Milliseconds of noon on `date` (local time), the x value of a day's point.
qreal msecsOf(const QDate &date);
/// A bottom date axis from `first` to `last` with Danish dd-MM-yyyy labels.
QDateTimeAxis *addDateAxis(QChart *chart, const QDate &first, const QDate &last);
/// A left axis for 0-4 scores, 0 at the top (lower score = better = higher on screen).
QValueAxis *addVumAxis(QChart *chart, const QString &title);

} // namespace mestring::ui
