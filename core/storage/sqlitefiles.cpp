#include "sqlitefiles.h"

#include <filesystem>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QUuid>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

#include "database.h"
#include "migrations.h"
#include "sqlitebackend.h"
#include "sqlquery.h"
#include "storageerror.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// A connection of its own for a file that is not the program's open database; removed when
// the object goes.
class ScratchConnection
{
public:
    ScratchConnection(const QString &path, const QString &options)
        : m_name(QStringLiteral("scratch-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~ScratchConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

DatabaseFileCheck failed(const QString &problem, const QString &driverText = {})
{
    DatabaseFileCheck check;
    check.problem = problem;
    check.driverText = driverText;
    return check;
}

void flushToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) return;
#ifdef Q_OS_WIN
    _commit(file.handle());
#else
    ::fsync(file.handle());
#endif
}

} // namespace

DatabaseFileCheck inspectDatabaseFile(const QString &path)
{
    if (!QFileInfo(path).isFile()) return failed(tr("The file %1 does not exist.").arg(path));
    ScratchConnection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection.isOpen())
        return failed(tr("The file %1 cannot be opened.").arg(path), connection.error());
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        return failed(tr("The file %1 is not a Mestring database, or it is damaged.").arg(path),
            q.lastError().text());
    }
    if (q.value(0).toInt() != Database::applicationId)
        return failed(tr("The file %1 is not a Mestring database.").arg(path));
    DatabaseFileCheck check;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        check.schemaVersion = q.value(0).toInt();
    if (check.schemaVersion < 1 || check.schemaVersion > latestSchemaVersion()) {
        return failed(tr("The file %1 was made by another version of Mestring (schema %2; this "
                         "program knows 1 to %3).")
                          .arg(path)
                          .arg(check.schemaVersion)
                          .arg(latestSchemaVersion()));
    }
    // Memory-mapped reads: integrity_check revisits pages, and through read() calls it spends
    // more time in the kernel than checking (a 350 MB file: 11 s of CPU against 5 s).
    q.exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return failed(tr("The file %1 is damaged.").arg(path), q.lastError().text());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1StringView("ok"))
            return failed(tr("The file %1 is damaged.").arg(path), line);
    }
    check.ok = true;
    return check;
}

void writeDatabaseCopy(const Database &db, const QString &target)
{
    // VACUUM INTO reads one consistent snapshot while other connections keep working.
    SqlQuery vacuum(db, QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(target);
    vacuum.exec();
    flushToDisk(target);
}

bool databaseFileInUse(const QString &path, int waitMs)
{
    if (!QFileInfo::exists(path)) return false;
    {
        ScratchConnection connection(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(waitMs));
        if (connection.isOpen()) {
            QSqlQuery q(connection.db());
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        }
    }
    // The last connection to a WAL database checkpoints and removes the -wal when it closes;
    // a -wal still there means another connection has the file open.
    return QFileInfo::exists(path + QStringLiteral("-wal"));
}

void replaceDatabaseFile(const QString &source, const QString &target, const QString &safetyCopy)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        throw StorageError(tr("The backup %1 cannot be read.").arg(source), in.errorString());
    QSaveFile out(target);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly)) {
        throw StorageError(tr("No file can be written in the database's folder. Check that you "
                              "may write there and that the disk is not full."),
            out.errorString());
    }
    QByteArray buffer;
    while (!(buffer = in.read(8 << 20)).isEmpty()) {
        if (out.write(buffer) != buffer.size()) {
            out.cancelWriting();
            throw StorageError(tr("The restored copy could not be written. Check that the disk is "
                                  "not full. The database has not been changed."),
                out.errorString());
        }
    }
    if (in.error() != QFileDevice::NoError || out.size() != in.size()) {
        out.cancelWriting();
        throw StorageError(tr("The backup could not be read to the end. The database has not "
                              "been changed."),
            in.errorString());
    }

    const QFileInfo current(target);
    if (current.exists()) {
        std::error_code error;
        const std::filesystem::path from = target.toStdU16String();
        const std::filesystem::path to = safetyCopy.toStdU16String();
        // A hard link keeps the old file without copying it; a copy where links are not possible.
        std::filesystem::create_hard_link(from, to, error);
        if (error && !QFile::copy(target, safetyCopy)) {
            out.cancelWriting();
            throw StorageError(tr("The current database could not be kept as %1. The database "
                                  "has not been changed.")
                                   .arg(safetyCopy),
                QString::fromStdString(error.message()));
        }
        const QString wal = target + QStringLiteral("-wal");
        if (QFileInfo(wal).size() > 0) QFile::copy(wal, safetyCopy + QStringLiteral("-wal"));
    }
    // A -wal left next to the restored file would be applied to it: remove the companions
    // first. The safety copy keeps what they held.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    const QFile::Permissions permissions
        = current.exists() ? current.permissions() : QFile::Permissions();
    if (!out.commit()) {
        throw StorageError(tr("The restored file could not be put in place. The database has not "
                              "been changed; the copy of it is kept as %1.")
                               .arg(safetyCopy),
            out.errorString());
    }
    if (current.exists()) QFile::setPermissions(target, permissions);
}

QString SqliteBackend::backupSuffix() const
{
    return QStringLiteral("sqlite");
}

void SqliteBackend::writeBackup(const Database &db, const QString &target) const
{
    writeDatabaseCopy(db, target);
}

DatabaseFileCheck SqliteBackend::checkBackup(const DatabaseLocation &, const QString &backupFile) const
{
    return inspectDatabaseFile(backupFile);
}

RestoredBackup SqliteBackend::restoreBackup(
    const QString &backupFile, const DatabaseLocation &database, const QDateTime &now) const
{
    const QString databasePath = database.filePath();
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
    RestoredBackup restored;
    restored.schemaVersion = check.schemaVersion;
    if (QFileInfo::exists(databasePath)) {
        restored.replacedKeptAs = databasePath + QStringLiteral(".before-restore-")
            + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    }
    replaceDatabaseFile(backupFile, databasePath, restored.replacedKeptAs);
    return restored;
}

} // namespace mestring::core
