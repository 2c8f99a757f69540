#pragma once

#include <QString>

#include "core/domain/ruleissue.h"
#include "core/domain/staffmember.h"

namespace mestring::core {

/// The password rules (docs/security.md): at least minPasswordLength characters, at most
/// maxPasswordLength, not containing the username, not one of the passwords everybody tries
/// first, and, when `current` is given, not the password it replaces. Long passphrases are
/// welcome; there are no rules about digits or capitals (they make passwords harder to
/// remember, not harder to guess). Refused at "password".
RuleIssues checkNewPassword(
    const QString &password, const StaffMember &member, const QString &current = {});

/// A username someone logs in with: 2 to 50 letters, digits, '.', '-' or '_', no spaces (it
/// will also name the staff member's login on a database server). Refused at "username".
/// Checked when a username is given or changed in the program; imported ones keep theirs.
RuleIssues checkUsernameFormat(const QString &username);

inline constexpr int minPasswordLength = 8;
inline constexpr int maxPasswordLength = 128;

} // namespace mestring::core
