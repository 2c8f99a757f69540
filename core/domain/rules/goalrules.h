#pragma once

#include <span>

#include "core/domain/goal.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// A course's plan has at most this many goals with status `active`.
inline constexpr int maxActiveGoals = 3;

/// Data rules on one goal: id, course and text present; baseline, target and status scores on
/// the VUM scale 0-4; every status score dated, at most one per date; a closed date exactly
/// when the goal is no longer active; sub-goals have text.
RuleIssues checkGoal(const Goal &goal);

/// An active goal may not be the fourth active goal of its course. `courseGoals` are the
/// course's other goals (the goal itself, by id, is skipped). Refused at "status".
RuleIssues checkActiveGoalLimit(const Goal &goal, std::span<const Goal> courseGoals);

} // namespace mestring::core
