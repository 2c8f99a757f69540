#pragma once

#include <vector>

#include "core/domain/assessment.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace mestring::ui {

/// At most this many assessments (the latest) are drawn in the life-area chart.
inline constexpr int lifeAreaChartAssessments = 5;

/// Life-area severities (0-4) of a course's latest assessments as grouped bars: one group per
/// life area that was scored, one bar per assessment, so the trend of each area reads left to
/// right. Danish titles; the caller owns the chart. Printed on Borgerstatus.
QChart *createLifeAreaChart(const std::vector<core::Assessment> &assessments);
/// Quality of life (TOP 0-20, higher is better) over a course's assessments as a line.
QChart *createQualityOfLifeChart(const std::vector<core::Assessment> &assessments);
/// Whether any assessment scored a life area / quality of life (else the chart is left out).
bool hasLifeAreaScores(const std::vector<core::Assessment> &assessments);
bool hasQualityOfLife(const std::vector<core::Assessment> &assessments);
/// Whether a life area drawn in the chart was not asked in one of the assessments drawn (its
/// bar is then missing, as for a 0); the report says so under the chart.
bool hasUnaskedLifeArea(const std::vector<core::Assessment> &assessments);

} // namespace mestring::ui
