#pragma once

#include <functional>

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
/// replaced, writes it into the database as one atomic change (through SQLite's locks, so other
/// programs may keep the file open) and keeps what it replaced as a safety copy. Managers only
/// (Permission::Backup).
class BackupService
{
public:
    static constexpr int defaultKeep = 14;
    /// How long a restore waits for other programs to finish a write.
    static constexpr int restoreWaitMs = 30000;

    BackupService(Database &db, AccessLog &log, const Clock &clock);

    /// Takes a backup of the open database into `folder` (created when missing), then removes
    /// all but the newest `keep` backups there. A damaged database is refused (its copies would
    /// push the good backups out). Throws StorageError, PermissionDenied.
    BackupResult backup(const Actor &actor, const QString &folder, int keep = defaultKeep);

    /// Restores `backupFile` into the open database (restoreFile); the connection stays open
    /// and reads the restored content. Throws StorageError (nothing replaced) or
    /// PermissionDenied.
    RestoreResult restore(const Actor &actor, const QString &backupFile);

    /// Restores `backupFile` into the database file at `databasePath` (created when missing),
    /// whether or not this or another program has it open: the backup is checked
    /// (integrity_check, a Mestring file, a schema 1..latest), copied and migrated beside the
    /// database, the restore is logged in that copy in `actor`'s name, and the copy is written
    /// into the database as one write transaction. What it replaces is kept as
    /// `PATH.before-restore-YYYYMMDD-HHMMSS` (centre time by `clock`). `onLocked` is called once
    /// the database's write lock is held (the moment the restore becomes one change). A file SQLite
    /// cannot read, or another program's database, is refused. Throws StorageError (then nothing
    /// was replaced) or PermissionDenied.
    static RestoreResult restoreFile(const QString &backupFile, const QString &databasePath,
        const Actor &actor, const Clock &clock, const std::function<void()> &onLocked = {});

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
