#pragma once

#include <QString>

namespace mestring::core {
class Database;
}

namespace mestring::cli {

class CommandLine;

/// The first line of a file or of standard input, without its line end (nothing is ever asked
/// for interactively). Throws CliError naming `command` when it cannot be read.
QString firstLineOf(const QString &command, const QString &file, bool standardInput);

/// The first manager's password from --password-file or --password-stdin, at least as long as
/// AuthService demands. Throws CliError.
QString managerPassword(const CommandLine &cl, const QString &command);

/// Stores the first manager account of a new, empty database, logged as the system. Throws
/// CliError when the database already has staff or the storage fails.
void createFirstManager(const core::Database &db, const QString &command,
    const QString &username, const QString &name, const QString &password);

} // namespace mestring::cli
