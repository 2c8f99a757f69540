#pragma once

#include "core/domain/ruleissue.h"
#include "core/domain/staffmember.h"

namespace mestring::core {

/// Data rules on one staff member: id and name present.
RuleIssues checkStaffMember(const StaffMember &member);

} // namespace mestring::core
