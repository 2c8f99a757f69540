#include "backupservice.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include "core/domain/clock.h"
#include "accesslog.h"
#include "core/storage/database.h"
#include "core/storage/sqlitebackup.h"
#include "core/storage/sqlitefiles.h"
#include "core/storage/storageerror.h"
#include "permissions.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

const QRegularExpression &backupName()
{
    static const QRegularExpression name(
        QStringLiteral("^mestring-(\\d{8})-(\\d{6})(-\\d+)?\\.sqlite$"));
    return name;
}

// A name beside `path` that no file has: base, then base-2, base-3 ... (`suffix` after it).
QString freeName(const QString &base, const QString &suffix)
{
    QString path = base + suffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QLatin1Char('-') + QString::number(n) + suffix;
    return path;
}

QString freeBackupPath(const QDir &dir, const QDateTime &at)
{
    // Two backups in the same second get -2, -3 ... after the time.
    return freeName(
        dir.filePath(BackupService::backupFileName(at).chopped(7)), QStringLiteral(".sqlite"));
}

// Refuses a restore over a file that is there but is no Mestring database SQLite can read.
void refuseUnrestorableTarget(const DatabaseFileHeader &current, const QString &path)
{
    if (!current.exists) return;
    const QString native = QDir::toNativeSeparators(path);
    if (!current.readable) {
        throw StorageError(tr("SQLite cannot read the file %1 as a database at all (its first "
                              "page is damaged), so the backup cannot be written into it. "
                              "Nothing has been restored. Close Mestring everywhere, move the "
                              "damaged file to another folder and restore again.")
                               .arg(native),
            current.driverText);
    }
    if (current.applicationId != Database::applicationId && current.tableCount > 0) {
        throw StorageError(tr("The file %1 is not a Mestring database. Nothing has been "
                              "restored. Choose the Mestring database file.")
                               .arg(native));
    }
}

// The backup, checked, copied to `prepared`, migrated and with the restore logged in it: the
// exact content the restore writes into the database. Returns the backup's schema version.
int prepareRestore(const QString &backupFile, const QString &prepared, const Actor &actor,
    const Clock &clock, const QString &detail, int pageSize)
{
    const DatabaseFileCheck check = inspectDatabaseFile(backupFile);
    if (!check.ok) {
        throw StorageError(check.problem + QLatin1Char(' ')
                + tr("Nothing has been restored; the database has not been "
                     "changed. Choose another backup."),
            check.driverText);
    }
    copyDatabaseFile(backupFile, prepared);
    Database db(QStringLiteral("restore-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    // Checked just now, page by page: the migration and the log need no second check.
    db.open(prepared, Database::OpenMode::MustExistChecked);
    AccessLog(db, clock).record(actor, AccessKind::Restore, QString(), detail);
    makeRestorable(db, pageSize);
    return check.schemaVersion;
}

} // namespace

BackupService::BackupService(Database &db, AccessLog &log, const Clock &clock)
    : m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

QString BackupService::backupFileName(const QDateTime &at)
{
    return QStringLiteral("mestring-") + Clock::centreTime(at).toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".sqlite");
}

QStringList BackupService::backupsIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList({QStringLiteral("mestring-*.sqlite")}, QDir::Files);
    names.removeIf([](const QString &name) { return !backupName().match(name).hasMatch(); });
    // Same second: "-2" sorts after the plain name only when compared without the extension.
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.chopped(7) < b.chopped(7); });
    return names;
}

bool BackupService::backupDueToday(const QString &folder, const QDate &today)
{
    const QString prefix = QStringLiteral("mestring-") + today.toString(QStringLiteral("yyyyMMdd"));
    const QStringList names = backupsIn(folder);
    return std::none_of(names.begin(), names.end(),
        [&prefix](const QString &name) { return name.startsWith(prefix); });
}

BackupResult BackupService::backup(const Actor &actor, const QString &folder, int keep)
{
    requirePermission(actor, Permission::Backup);
    const QDir dir(folder);
    if (!QDir().mkpath(folder)) {
        throw StorageError(tr("The backup folder %1 cannot be created. Check the path and that "
                              "you may write there.")
                               .arg(folder));
    }
    // Written under a temporary name and renamed only once verified: a file named like a
    // backup is always a sound one. SQLite's online backup API reads one consistent state while
    // other programs go on writing.
    const QString partial = dir.filePath(QStringLiteral(".mestring-backup-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".partial"));
    try {
        copyDatabase(m_db, partial);
    } catch (const StorageError &e) {
        QFile::remove(partial);
        throw StorageError(tr("The backup could not be written to %1. Check that the folder "
                              "exists, that you may write there and that the disk is not full.")
                               .arg(folder),
            e.driverText());
    }
    // The copy is the database page for page: its integrity_check is the daily full check of
    // the database itself. A damaged database gives no backup, so its copies can never push the
    // good backups out of the folder.
    const DatabaseFileCheck check = inspectDatabaseFile(partial);
    if (!check.ok || check.schemaVersion != m_db.schemaVersion()) {
        QFile::remove(partial);
        m_db.requireSound(); // the damaged-database message when SQLite's quick_check agrees
        throw StorageError(tr("The backup failed its check, so it was removed; the older backups "
                              "are kept. The database itself may be damaged (check it with "
                              "'mestring-cli check') or the disk of the backup folder. Ask your "
                              "IT support."),
            check.problem + QLatin1Char(' ') + check.driverText);
    }
    BackupResult result;
    result.path = freeBackupPath(dir, m_clock.now());
    if (!QFile::rename(partial, result.path)) {
        QFile::remove(partial);
        throw StorageError(tr("The backup could not be named %1.").arg(result.path));
    }
    result.bytes = QFileInfo(result.path).size();
    const QStringList all = backupsIn(folder);
    for (qsizetype i = 0; i + std::max(keep, 1) < all.size(); ++i) {
        if (QFile::remove(dir.filePath(all[i]))) result.removed << dir.filePath(all[i]);
    }
    m_log.record(actor, AccessKind::Backup, QString(),
        QStringLiteral("backup %1").arg(QFileInfo(result.path).fileName()));
    return result;
}

RestoreResult BackupService::restoreFile(const QString &backupFile, const QString &databasePath,
    const Actor &actor, const Clock &clock, const std::function<void()> &onLocked)
{
    requirePermission(actor, Permission::Backup);
    const QString backupCanonical = QFileInfo(backupFile).canonicalFilePath();
    if (!backupCanonical.isEmpty()
        && backupCanonical == QFileInfo(databasePath).canonicalFilePath())
        throw StorageError(tr("The backup is the database file itself. Choose a backup file."));
    const DatabaseFileHeader current = readDatabaseHeader(databasePath);
    refuseUnrestorableTarget(current, databasePath);
    RestoreResult result;
    QString detail = QStringLiteral("restored from %1").arg(QFileInfo(backupFile).fileName());
    if (current.exists) {
        result.safetyCopy = freeName(databasePath + QStringLiteral(".before-restore-")
                + clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")),
            QString());
        detail += QStringLiteral("; the replaced file is kept as %1")
                      .arg(QFileInfo(result.safetyCopy).fileName());
    }
    // Beside the database: the same disk, so a full disk shows before anything is replaced.
    const QString prepared
        = QFileInfo(databasePath)
              .absoluteDir()
              .filePath(QStringLiteral(".mestring-restore-")
                  + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite"));
    try {
        result.schemaVersion
            = prepareRestore(backupFile, prepared, actor, clock, detail, current.pageSize);
        restoreDatabaseInto(prepared, databasePath, result.safetyCopy, restoreWaitMs, onLocked);
    } catch (...) {
        QFile::remove(prepared);
        throw;
    }
    QFile::remove(prepared);
    return result;
}

RestoreResult BackupService::restore(const Actor &actor, const QString &backupFile)
{
    return restoreFile(backupFile, m_db.path(), actor, m_clock);
}

} // namespace mestring::core
