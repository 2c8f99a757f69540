#pragma once

#include "core/domain/assessment.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Data rules on one assessment: id, course and date present; life-area severities 0-4 (path:
/// the area's code, e.g. "mental_health"); quality_of_life 0-20; days_used_last_28 0-28;
/// drinks_per_week not negative.
RuleIssues checkAssessment(const Assessment &assessment);

} // namespace mestring::core
