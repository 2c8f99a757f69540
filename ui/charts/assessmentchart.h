#pragma once

#include <vector>

#include <QChartView>

#include "core/domain/assessment.h"

namespace mestring::ui {

/// The life areas over a course's assessments: one line per area that was ever asked, with a
/// legend; clicking a legend entry hides or shows its line. The 0-4 axis has 0 at the top, so
/// a line that climbs is improvement.
class AssessmentChart : public QChartView
{
    Q_OBJECT

public:
    explicit AssessmentChart(QWidget *parent = nullptr);

    /// `assessments` earliest first.
    void setAssessments(const std::vector<core::Assessment> &assessments);
    /// The number of area lines drawn (for tests).
    int lineCount() const;
};

} // namespace mestring::ui
