#pragma once

#include "core/domain/ruleissue.h"
#include "core/domain/signedreason.h"

namespace mestring::core {

/// Data rules on a signed decision (an annulment, a correction, a doctor's confirmation) at
/// `path` ("annulled"; empty for the record itself): the staff member and the time present,
/// the reason present when `reasonRequired`, and no longer than textlimit::reason.
void checkSignedReason(
    RuleIssues &issues, const QString &path, const SignedReason &signedReason, bool reasonRequired);

} // namespace mestring::core
