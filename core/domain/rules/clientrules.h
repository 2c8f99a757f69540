#pragma once

#include <span>

#include "core/domain/client.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Data rules on one client: id present, a valid CPR number, a name for a named client, and
/// for an anonymous client an alias and neither CPR nor name. Warns (workflow rule) when the
/// CPR number fails the modulus-11 check. Paths: "cpr", "first_name", "alias", ...
RuleIssues checkClient(const Client &client);

/// A CPR number is unique among clients, compared in normalized form (no dash, upper case).
/// `otherClients` are the clients to compare with (the client itself, by id, is skipped).
RuleIssues checkCprUnique(const Client &client, std::span<const Client> otherClients);

} // namespace mestring::core
