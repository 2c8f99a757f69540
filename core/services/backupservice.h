#pragma once

#include <functional>

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
/// replaced, logs itself in the checked copy, puts it in place as one change (a file: written
/// through SQLite's locks, so other programs may keep it open; a server: swapped by renaming)
/// and keeps what it replaced as a safety copy. Managers only (Permission::Backup). What a
/// backup is, and how it is put back, is the Backend's.
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

    /// Restores `backupFile` into the open database (restoreInto): the connection is closed,
    /// the backup put in place and the connection opened again on the restored content. Throws
    /// StorageError (nothing replaced) or PermissionDenied.
    RestoreResult restore(const Actor &actor, const QString &backupFile);

    /// Restores `backupFile` into the database at `database` (a file is created when missing),
    /// whether or not this program has it open (a server database: no other session may be
    /// connected): the backup is checked (a Mestring database, a schema 1..latest, nothing
    /// damaged), migrated, the restore is logged in it in `actor`'s name, and it takes the
    /// database's place as one change. What it replaces is kept (a file as
    /// `PATH.before-restore-YYYYMMDD-HHMMSS`, a server database renamed; centre time by
    /// `clock`). `onLocked` is called once the database is locked for the change. Throws
    /// StorageError (then nothing was replaced) or PermissionDenied.
    static RestoreResult restoreInto(const QString &backupFile, const DatabaseLocation &database,
        const Actor &actor, const Clock &clock, const std::function<void()> &onLocked = {});
    /// restoreInto() the database file at `databasePath`.
    static RestoreResult restoreFile(const QString &backupFile, const QString &databasePath,
        const Actor &actor, const Clock &clock, const std::function<void()> &onLocked = {});

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
