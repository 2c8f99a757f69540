#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "actor.h"

namespace mestring::core {

class AccessLog;
class DatabaseLocation;
class Clock;
class Database;

struct BackupResult
{
    QString path; // the verified backup file
    qint64 bytes = 0;
    QStringList removed; // older backups removed to keep the last N
};

struct RestoreResult
{
    QString safetyCopy; // the replaced database, kept; empty when there was none
    int schemaVersion = 0; // of the backup, before it was migrated on opening
};

/// Backups (`mestring-YYYYMMDD-HHMMSS.sqlite` of a file, `.dump` of a server database, in a
/// folder of the centre's choosing, the last N kept) and restore. A backup is reported as taken
/// only after it has been opened and found sound and Mestring's (a server's is restored into a
/// scratch database for that); a restore checks the backup the same way before anything is
/// replaced, swaps it in at once and keeps the replaced database as a safety copy. Managers
/// only (Permission::Backup). What a backup is, and how it is put back, is the Backend's.
class BackupService
{
public:
    static constexpr int defaultKeep = 14;

    BackupService(Database &db, AccessLog &log, const Clock &clock);

    /// Takes a backup of the open database into `folder` (created when missing), then removes
    /// all but the newest `keep` backups there. Throws StorageError, PermissionDenied.
    BackupResult backup(const Actor &actor, const QString &folder, int keep = defaultKeep);

    /// Replaces the open database by `backupFile`: the connection is closed, the database
    /// swapped, and opened again (and migrated when the backup is older). The restore is
    /// logged in the restored database. Throws StorageError (nothing replaced) or
    /// PermissionDenied. Every other connection to the database must be closed first.
    RestoreResult restore(const Actor &actor, const QString &backupFile);

    /// The restore for a database that is not (or cannot be) open, e.g. from the command line:
    /// checks `backupFile`, then replaces the database at `database`. Throws StorageError.
    static RestoreResult restoreInto(const QString &backupFile, const DatabaseLocation &database);
    /// restoreInto() a database file.
    static RestoreResult restoreFile(const QString &backupFile, const QString &databasePath);

    /// "mestring-20250601-071500.sqlite" (or ".dump" for a server's), in centre time
    static QString backupFileName(
        const QDateTime &at, const QString &suffix = QStringLiteral("sqlite"));
    /// The backups in `folder`, oldest first (their names sort by time).
    static QStringList backupsIn(const QString &folder);
    /// True when `folder` holds no backup taken on `today`: the first start of the day takes one.
    static bool backupDueToday(const QString &folder, const QDate &today);

private:
    Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
