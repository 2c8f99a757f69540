#pragma once

#include <QString>

namespace mestring::core {

/// What a database file holds, read without changing it: for verifying a backup before it is
/// reported as taken or used for a restore.
struct DatabaseFileCheck
{
    bool ok = false; // sound, a Mestring file, and a schema this program can open
    QString problem; // for the user, when not ok
    QString driverText; // what SQLite said, when it said something
    int schemaVersion = 0;
};

// SQLite's integrity_check of a file that is not the open database (a backup), isolated here in
// storage/ like every other SQLite-specific statement; copies and the restore are in
// sqlitebackup.h.

/// A backup put in place of a database (Backend::restoreBackup).
struct RestoredBackup
{
    QString replacedKeptAs; // the replaced database's safety copy; empty when there was none
    int schemaVersion = 0; // of the backup, before it is migrated on opening
};

/// Opens `path` read-only on a connection of its own and runs integrity_check, and reads the
/// application_id and user_version.
DatabaseFileCheck inspectDatabaseFile(const QString &path);

} // namespace mestring::core
