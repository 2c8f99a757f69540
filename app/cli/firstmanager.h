#pragma once

#include <QString>

#include "core/domain/staffmember.h"

namespace mestring::core {
class Database;
}

namespace mestring::cli {

class CommandLine;

/// The first line of a file or of standard input, without its line end (nothing is ever asked
/// for interactively). Throws CliError naming `command` when it cannot be read.
QString firstLineOf(const QString &command, const QString &file, bool standardInput);

/// The first manager's password from --password-file or --password-stdin. Throws CliError.
QString managerPassword(const CommandLine &cl, const QString &command);

/// The first manager's account, refused (CliError, in the rules' Danish words) when the
/// username or the password breaks the account rules.
using StaffDraft = core::StaffMember;
StaffDraft checkedManager(const QString &command, const QString &username, const QString &name,
    const QString &password);

/// Stores the first manager account of a new, empty database, logged as the system. The manager
/// typed this password: it is theirs, not one to replace at the first login. Throws CliError
/// when the database already has staff or the storage fails.
void createFirstManager(const core::Database &db, const QString &command,
    const StaffDraft &manager, const QString &password);

} // namespace mestring::cli
