#pragma once

#include <QString>

namespace mestring::core {

class Database;

/// What a database file holds, read without changing it: for verifying a backup before it is
/// reported as taken or used for a restore.
struct DatabaseFileCheck
{
    bool ok = false; // sound, a Mestring file, and a schema this program can open
    QString problem; // for the user, when not ok
    QString driverText; // what SQLite said, when it said something
    int schemaVersion = 0;
};

// SQLite file handling for backup and restore (VACUUM INTO, integrity_check, -wal/-shm
// companions), isolated here in storage/ like every other SQLite-specific statement.

/// A backup put in place of a database (Backend::restoreBackup).
struct RestoredBackup
{
    QString replacedKeptAs; // the replaced database's safety copy; empty when there was none
    int schemaVersion = 0; // of the backup, before it is migrated on opening
};

/// Opens `path` read-only on a connection of its own and runs integrity_check, and reads the
/// application_id and user_version.
DatabaseFileCheck inspectDatabaseFile(const QString &path);

/// Writes a compact, consistent copy of the open database to `target` (which must not exist)
/// with VACUUM INTO, and flushes it to the disk. Throws StorageError.
void writeDatabaseCopy(const Database &db, const QString &target);

/// True when another connection (another program instance) holds `path` open in a way that
/// keeps a write lock from being taken within `waitMs`.
bool databaseFileInUse(const QString &path, int waitMs = 1000);

/// Replaces the database file at `target` by a copy of `source` without a moment where the
/// path holds a half-written file: the copy is written to a temporary file in the target's
/// folder, flushed, and renamed over the target. The replaced file (with a -wal it may have)
/// is kept as `safetyCopy` first; stale -wal/-shm companions of the target are removed so they
/// can never be applied to the restored file. Every connection to `target` must be closed.
/// Throws StorageError; on failure the target is unchanged.
void replaceDatabaseFile(const QString &source, const QString &target, const QString &safetyCopy);

} // namespace mestring::core
