#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "actor.h"

namespace mestring::core {

class AccessLog;
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

/// Backups (`mestring-YYYYMMDD-HHMMSS.sqlite` in a folder of the centre's choosing, the last
/// N kept) and restore. A backup is reported as taken only after it has been opened and found
/// sound and a Mestring file; a restore checks the backup the same way before anything is
/// replaced, swaps the file atomically and keeps the replaced file as a safety copy. Managers
/// only (Permission::Backup).
class BackupService
{
public:
    static constexpr int defaultKeep = 14;

    BackupService(Database &db, AccessLog &log, const Clock &clock);

    /// Takes a backup of the open database into `folder` (created when missing), then removes
    /// all but the newest `keep` backups there. Throws StorageError, PermissionDenied.
    BackupResult backup(const Actor &actor, const QString &folder, int keep = defaultKeep);

    /// Replaces the open database by `backupFile`: the connection is closed, the file swapped,
    /// and the database opened again (and migrated when the backup is older). The restore is
    /// logged in the restored database. Throws StorageError (nothing replaced) or
    /// PermissionDenied. Every other connection to the file must be closed first.
    RestoreResult restore(const Actor &actor, const QString &backupFile);

    /// The restore for a database that is not (or cannot be) open, e.g. from the command line:
    /// checks `backupFile`, then replaces `databasePath`. Throws StorageError.
    static RestoreResult restoreFile(const QString &backupFile, const QString &databasePath);

    /// "mestring-20250601-071500.sqlite", in centre time
    static QString backupFileName(const QDateTime &at);
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
