#pragma once

#include <QChartView>

#include "core/domain/goal.h"

namespace mestring::ui {

/// A goal's status scores over time: the scores as a line with points, the target as a dashed
/// line. The VUM axis runs 4 (bottom) to 0 (top), so a line that climbs is progress.
class GoalScoreChart : public QChartView
{
    Q_OBJECT

public:
    explicit GoalScoreChart(QWidget *parent = nullptr);

    void setGoal(const core::Goal &goal);
    void clear();
    /// The number of scores drawn (for tests).
    int pointCount() const { return m_points; }

private:
    int m_points = 0;
};

} // namespace mestring::ui
