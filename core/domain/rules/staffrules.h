#pragma once

#include <span>

#include "core/domain/ruleissue.h"
#include "core/domain/staffmember.h"

namespace mestring::core {

/// Data rules on one staff member: id and name present.
RuleIssues checkStaffMember(const StaffMember &member);

/// A username belongs to one staff member (they log in with it). `otherStaff` are the members
/// to compare with (the member itself, by id, is skipped). Refused at "username".
RuleIssues checkUsernameUnique(const StaffMember &member, std::span<const StaffMember> otherStaff);

} // namespace mestring::core
