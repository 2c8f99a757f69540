#pragma once

#include "core/domain/absence.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Data rules on one absence period: id, client and from-date present; from <= to.
RuleIssues checkAbsence(const Absence &absence);

} // namespace mestring::core
