#pragma once

#include "core/domain/ruleissue.h"
#include "core/domain/waitinglistentry.h"

namespace mestring::core {

/// Data rules on one waiting-list entry: id and the day asked present; a person (name and
/// phone) or an existing client; taken off on or after the day asked, with a reason, and a
/// reason only with that day. That the client exists is checked where clients are known.
RuleIssues checkWaitingListEntry(const WaitingListEntry &entry);

} // namespace mestring::core
