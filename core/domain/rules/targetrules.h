#pragma once

#include <span>

#include "core/domain/effecttarget.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Data rules on one effect-goal target: a known indicator id (indicatorids.h), a breakdown that
/// is null or one of the indicator's report keys ("drug", "self_management",
/// "alcohol.advice_to_intro"), and a year from 1900 to 9999.
RuleIssues checkTarget(const EffectTarget &target);

/// One target per indicator, breakdown and year. `otherTargets` are the targets to compare with
/// (the target itself, by address, is skipped). Refused at "year".
RuleIssues checkTargetUnique(
    const EffectTarget &target, std::span<const EffectTarget> otherTargets);

} // namespace mestring::core
