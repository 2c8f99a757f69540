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

QString freeBackupPath(const QDir &dir, const QDateTime &at)
{
    const QString base = BackupService::backupFileName(at);
    QString path = dir.filePath(base);
    // Two backups in the same second get -2, -3 ... after the time.
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = dir.filePath(base.left(base.size() - 7) + QLatin1Char('-') + QString::number(n)
            + QStringLiteral(".sqlite"));
    }
    return path;
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
    // backup is always a sound one.
    const QString partial = dir.filePath(QStringLiteral(".mestring-backup-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".partial"));
    try {
        writeDatabaseCopy(m_db, partial);
    } catch (const StorageError &e) {
        QFile::remove(partial);
        throw StorageError(tr("The backup could not be written to %1. Check that the folder "
                              "exists, that you may write there and that the disk is not full.")
                               .arg(folder),
            e.driverText());
    }
    const DatabaseFileCheck check = inspectDatabaseFile(partial);
    if (!check.ok || check.schemaVersion != m_db.schemaVersion()) {
        QFile::remove(partial);
        throw StorageError(tr("The backup was written but failed its check, so it was removed. "
                              "Try again; if it fails again, the disk may be failing."),
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

RestoreResult BackupService::restoreFile(const QString &backupFile, const QString &databasePath)
{
    const DatabaseFileCheck check = inspectDatabaseFile(backupFile);
    if (!check.ok) {
        throw StorageError(check.problem + QLatin1Char(' ')
                + tr("Nothing has been restored; the database has not been "
                     "changed. Choose another backup."),
            check.driverText);
    }
    if (QFileInfo(backupFile).canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath())
        throw StorageError(tr("The backup is the database file itself. Choose a backup file."));
    if (databaseFileInUse(databasePath)) {
        throw StorageError(tr("The database is open in another Mestring window or on another "
                              "PC. Close Mestring everywhere else and restore again. Nothing "
                              "has been changed."));
    }
    RestoreResult result;
    result.schemaVersion = check.schemaVersion;
    if (QFileInfo::exists(databasePath)) {
        result.safetyCopy = databasePath + QStringLiteral(".before-restore-")
            + Clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    }
    replaceDatabaseFile(backupFile, databasePath, result.safetyCopy);
    return result;
}

RestoreResult BackupService::restore(const Actor &actor, const QString &backupFile)
{
    requirePermission(actor, Permission::Backup);
    const QString path = m_db.path();
    m_db.close();
    RestoreResult result;
    try {
        result = restoreFile(backupFile, path);
    } catch (...) {
        m_db.open(path, Database::OpenMode::MustExist);
        throw;
    }
    m_db.open(path, Database::OpenMode::MustExist);
    m_log.record(actor, AccessKind::Restore, QString(),
        QStringLiteral("restored from %1; the replaced file is kept as %2")
            .arg(QFileInfo(backupFile).fileName(), QFileInfo(result.safetyCopy).fileName()));
    return result;
}

} // namespace mestring::core
