#pragma once

#include <functional>

#include <QString>

namespace mestring::core {
class Database;
}

namespace mestring::bench {

/// Runs `work` once and writes every statement it ran on `db` to `file`, as SQLite ran them
/// (bound values written in), one a line: the same SQL for sqlite3 side by side. With
/// `undoWrites` each COMMIT is written as ROLLBACK, so that the file can be run again and again
/// with the same work done (an access-log entry written is rolled back).
void writeStatements(const core::Database &db, const QString &file,
    const std::function<void()> &work, bool undoWrites = false);

/// The median time of running `file`'s statements through the SQLite library directly (no Qt):
/// each prepared, stepped through all its rows with every column read, and finalized; on a
/// connection with the program's memory map (Database::open).
double sqliteLibraryMs(const QString &databasePath, const QString &file, int runs);

/// The median time of `sqlite3 databasePath < file` (the command-line shell, its output
/// discarded, the shell's start included); a negative value when sqlite3 is not installed.
double sqliteShellMs(const QString &databasePath, const QString &file, int runs);

} // namespace mestring::bench
