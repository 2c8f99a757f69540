// The SQLite side of Backend's backups: copies through SQLite's online backup API and the
// restore written into the live file as one write transaction (sqlitebackup.h).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include "database.h"
#include "sqlitebackend.h"
#include "sqlitebackup.h"
#include "sqlitefiles.h"
#include "storageerror.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// A name no file has: base, then base-2, base-3 ...
QString freeName(const QString &base)
{
    QString path = base;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QLatin1Char('-') + QString::number(n);
    return path;
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

// The backup, checked, copied to `prepared`, migrated and handed to `steps.prepare`: the exact
// content the restore writes into the database. Returns the backup's schema version.
int prepareRestore(const QString &backupFile, const QString &prepared, const QString &keptAs,
    const RestoreSteps &steps, int pageSize)
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
    db.open(DatabaseLocation::file(prepared), Database::OpenMode::MustExistChecked);
    if (steps.prepare) steps.prepare(db, keptAs);
    makeRestorable(db, pageSize);
    return check.schemaVersion;
}

} // namespace

QString SqliteBackend::backupSuffix() const
{
    return QStringLiteral("sqlite");
}

void SqliteBackend::writeBackup(const Database &db, const QString &target) const
{
    // SQLite's online backup API reads one consistent state while other programs go on writing.
    copyDatabase(db, target);
}

DatabaseFileCheck SqliteBackend::checkBackup(const DatabaseLocation &, const QString &backupFile) const
{
    // The copy is the database page for page: its integrity_check is the daily full check of
    // the database itself.
    return inspectDatabaseFile(backupFile);
}

RestoredBackup SqliteBackend::restoreBackup(const QString &backupFile,
    const DatabaseLocation &database, const QDateTime &now, const RestoreSteps &steps) const
{
    const QString databasePath = database.filePath();
    const QString backupCanonical = QFileInfo(backupFile).canonicalFilePath();
    if (!backupCanonical.isEmpty()
        && backupCanonical == QFileInfo(databasePath).canonicalFilePath())
        throw StorageError(tr("The backup is the database file itself. Choose a backup file."));
    const DatabaseFileHeader current = readDatabaseHeader(databasePath);
    refuseUnrestorableTarget(current, databasePath);
    RestoredBackup restored;
    if (current.exists) {
        restored.replacedKeptAs = freeName(databasePath + QStringLiteral(".before-restore-")
            + now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    }
    // Beside the database: the same disk, so a full disk shows before anything is replaced.
    const QString prepared
        = QFileInfo(databasePath)
              .absoluteDir()
              .filePath(QStringLiteral(".mestring-restore-")
                  + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite"));
    try {
        restored.schemaVersion = prepareRestore(
            backupFile, prepared, restored.replacedKeptAs, steps, current.pageSize);
        restoreDatabaseInto(
            prepared, databasePath, restored.replacedKeptAs, steps.waitMs, steps.onLocked);
    } catch (...) {
        QFile::remove(prepared);
        throw;
    }
    QFile::remove(prepared);
    return restored;
}

} // namespace mestring::core
