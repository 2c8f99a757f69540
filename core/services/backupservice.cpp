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
#include "core/storage/backend.h"
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
        QStringLiteral("^mestring-(\\d{8})-(\\d{6})(-\\d+)?\\.(sqlite|dump)$"));
    return name;
}

// The name without its ending: backups of one second sort "-2" after the plain name.
QString stem(const QString &name)
{
    return name.left(name.lastIndexOf(QLatin1Char('.')));
}

QString freeBackupPath(const QDir &dir, const QDateTime &at, const QString &suffix)
{
    const QString base = stem(BackupService::backupFileName(at));
    QString path = dir.filePath(base + QLatin1Char('.') + suffix);
    // Two backups in the same second get -2, -3 ... after the time.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(base + QLatin1Char('-') + QString::number(n) + QLatin1Char('.') + suffix);
    return path;
}

} // namespace

BackupService::BackupService(Database &db, AccessLog &log, const Clock &clock)
    : m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

QString BackupService::backupFileName(const QDateTime &at, const QString &suffix)
{
    return QStringLiteral("mestring-") + Clock::centreTime(at).toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QLatin1Char('.') + suffix;
}

QStringList BackupService::backupsIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList(
        {QStringLiteral("mestring-*.sqlite"), QStringLiteral("mestring-*.dump")}, QDir::Files);
    names.removeIf([](const QString &name) { return !backupName().match(name).hasMatch(); });
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return stem(a) < stem(b); });
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
    const Backend &backend = m_db.backend();
    try {
        backend.writeBackup(m_db, partial);
    } catch (const StorageError &e) {
        QFile::remove(partial);
        throw StorageError(tr("The backup could not be written to %1. Check that the folder "
                              "exists, that you may write there and that the disk is not full.")
                               .arg(folder),
            e.driverText());
    }
    // A file's copy is the database page for page: its integrity_check is the daily full check
    // of the database itself. A damaged database gives no backup, so its copies can never push
    // the good backups out of the folder.
    const DatabaseFileCheck check = backend.checkBackup(m_db.location(), partial);
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
    result.path = freeBackupPath(dir, m_clock.now(), backend.backupSuffix());
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
    return restoreInto(backupFile, DatabaseLocation::file(databasePath), actor, clock, onLocked);
}

RestoreResult BackupService::restoreInto(const QString &backupFile,
    const DatabaseLocation &database, const Actor &actor, const Clock &clock,
    const std::function<void()> &onLocked)
{
    requirePermission(actor, Permission::Backup);
    RestoreSteps steps;
    // Logged in the restored database itself, before it takes the database's place: the
    // restore and the log entry are one change.
    steps.prepare = [&](const Database &restored, const QString &keptAs) {
        QString detail = QStringLiteral("restored from %1").arg(QFileInfo(backupFile).fileName());
        if (!keptAs.isEmpty()) {
            detail += QStringLiteral("; the replaced database is kept as %1")
                          .arg(QFileInfo(keptAs).fileName());
        }
        AccessLog(restored, clock).record(actor, AccessKind::Restore, QString(), detail);
    };
    steps.onLocked = onLocked;
    steps.waitMs = restoreWaitMs;
    const RestoredBackup restored = Backend::forLocation(database)->restoreBackup(
        backupFile, database, Clock::centreTime(clock.now()), steps);
    return {restored.replacedKeptAs, restored.schemaVersion};
}

RestoreResult BackupService::restore(const Actor &actor, const QString &backupFile)
{
    requirePermission(actor, Permission::Backup);
    const DatabaseLocation database = m_db.location();
    // A server database is swapped by renaming, which needs every session closed; a file
    // could stay open, but one way for both keeps this simple.
    m_db.close();
    RestoreResult result;
    try {
        result = restoreInto(backupFile, database, actor, m_clock);
    } catch (...) {
        m_db.open(database, Database::OpenMode::MustExist);
        throw;
    }
    // Checked whole on its way in: no second check before the first write.
    m_db.open(database, Database::OpenMode::MustExistChecked);
    return result;
}

} // namespace mestring::core
