#include "sqlitebackup.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "database.h"
#include "sqliteconnection.h"
#include "sqlquery.h"
#include "storageerror.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString sqliteText(int code, const SqliteConnection &connection)
{
    return QString::fromUtf8(sqlite3_errstr(code)) + QStringLiteral(": ") + connection.errorText();
}

// A backup object, finished however the steps went.
class BackupJob
{
public:
    BackupJob(SqliteConnection &to, sqlite3 *from)
        : m_to(to)
        , m_job(sqlite3_backup_init(to.handle(), "main", from, "main"))
    {
        if (!m_job)
            throw StorageError(
                tr("The copy of the database could not be started."), to.errorText());
    }
    ~BackupJob() { finish(); }
    BackupJob(const BackupJob &) = delete;
    BackupJob &operator=(const BackupJob &) = delete;

    /// sqlite3_backup_step; -1 copies every page that is left.
    int step(int pages) { return sqlite3_backup_step(m_job, pages); }
    void finish()
    {
        if (m_job) sqlite3_backup_finish(m_job);
        m_job = nullptr;
    }
    QString errorText(int code) const { return sqliteText(code, m_to); }

private:
    SqliteConnection &m_to;
    sqlite3_backup *m_job;
};

// Every page of `from` into the new file `target`, in one step: one read transaction, so one
// consistent state of the source. SQLite syncs the new file when the copy commits; the copy is
// then switched to a rollback journal (it inherits WAL from a WAL source), so it stands alone,
// without -wal and -shm files, wherever it is opened.
void copyInto(sqlite3 *from, const QString &target)
{
    if (QFileInfo::exists(target))
        throw StorageError(tr("The file %1 already exists.").arg(nativePath(target)));
    SqliteConnection to(target, SqliteConnection::Mode::ReadWriteCreate, 5000,
        tr("No file can be written in the folder %1. Check that you may write there.")
            .arg(nativePath(QFileInfo(target).absolutePath())));
    BackupJob job(to, from);
    const int rc = job.step(-1);
    if (rc != SQLITE_DONE) {
        const QString text = job.errorText(rc);
        job.finish();
        throw StorageError(tr("The database could not be copied to %1. Check that the disk is "
                              "not full.")
                               .arg(nativePath(target)),
            text);
    }
    job.finish();
    if (to.exec("PRAGMA journal_mode = DELETE") != SQLITE_OK) {
        throw StorageError(
            tr("The copy %1 could not be completed.").arg(nativePath(target)), to.errorText());
    }
}

int pragmaValue(SqliteConnection &connection, const char *sql, bool *ok)
{
    const QStringList rows = connection.column(sql, ok);
    return *ok && !rows.isEmpty() ? rows.constFirst().toInt() : 0;
}

} // namespace

DatabaseFileHeader readDatabaseHeader(const QString &path)
{
    DatabaseFileHeader header;
    if (QFileInfo(path).size() <= 0) return header;
    header.exists = true;
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly, 5000,
        tr("The database file %1 cannot be opened.").arg(nativePath(path)));
    bool ok = false;
    header.applicationId = pragmaValue(connection, "PRAGMA application_id", &ok);
    if (ok) header.pageSize = pragmaValue(connection, "PRAGMA page_size", &ok);
    if (ok) header.tableCount = pragmaValue(connection, "SELECT count(*) FROM sqlite_master", &ok);
    header.readable = ok;
    if (!ok) header.driverText = connection.errorText();
    return header;
}

void copyDatabaseFile(const QString &source, const QString &target)
{
    SqliteConnection from(source, SqliteConnection::Mode::ReadOnly, 5000,
        tr("The file %1 cannot be opened.").arg(nativePath(source)));
    copyInto(from.handle(), target);
}

void copyDatabase(const Database &db, const QString &target)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) throw StorageError(tr("The database is not open."));
    copyInto(handle, target);
}

void makeRestorable(const Database &db, int pageSize)
{
    execSql(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (pageSize <= 0
        || SqlQuery(db, QStringLiteral("PRAGMA page_size")).scalar().toInt() == pageSize)
        return;
    // Pragmas take no bound values; the number comes from SQLite's own header.
    execSql(db, QStringLiteral("PRAGMA page_size = %1").arg(pageSize));
    execSql(db, QStringLiteral("VACUUM"));
}

void restoreDatabaseInto(const QString &source, const QString &target, const QString &safetyCopy,
    int waitMs, const std::function<void()> &onLocked)
{
    SqliteConnection from(source, SqliteConnection::Mode::ReadOnly, 5000,
        tr("The file %1 cannot be opened.").arg(nativePath(source)));
    SqliteConnection to(target, SqliteConnection::Mode::ReadWriteCreate, waitMs,
        tr("The database file %1 cannot be opened for writing. Check that you may write it.")
            .arg(nativePath(target)));
    BackupJob job(to, from.handle());
    // A step of no pages takes the write lock of `target` (waiting like any writer) and keeps it
    // until the last step commits.
    int rc = job.step(0);
    if (rc != SQLITE_OK) {
        const QString text = job.errorText(rc);
        job.finish();
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            throw StorageError(tr("The database is busy: another Mestring program has been "
                                  "saving for more than %1 seconds. Nothing has been restored; "
                                  "try again in a moment.")
                                   .arg(waitMs / 1000),
                text);
        }
        throw StorageError(tr("The database file %1 could not be written. Nothing has been "
                              "restored.")
                               .arg(nativePath(target)),
            text);
    }
    if (onLocked) onLocked();
    if (!safetyCopy.isEmpty()) {
        // Nobody can commit while we hold the write lock: this is the state being replaced.
        const QString partial = safetyCopy + QStringLiteral(".partial");
        SqliteConnection current(target, SqliteConnection::Mode::ReadWrite, waitMs,
            tr("The database file %1 cannot be opened.").arg(nativePath(target)));
        try {
            copyInto(current.handle(), partial);
        } catch (...) {
            QFile::remove(partial);
            throw;
        }
        if (!QFile::rename(partial, safetyCopy)) {
            QFile::remove(partial);
            throw StorageError(tr("The copy of the current database could not be named %1. "
                                  "Nothing has been restored.")
                                   .arg(nativePath(safetyCopy)));
        }
    }
    rc = job.step(-1);
    if (rc != SQLITE_DONE) {
        const QString text = job.errorText(rc);
        job.finish();
        throw StorageError(tr("The backup could not be written into the database %1. Nothing "
                              "has been restored; check that the disk is not full.")
                               .arg(nativePath(target)),
            text);
    }
    job.finish();
    // The whole database went through the WAL. Copy it back into the file now, here, so that no
    // one's next save does it; a passive checkpoint takes no lock that keeps others waiting (a
    // reader of older pages only delays part of it). The WAL file is cut back to
    // journal_size_limit when it next starts over (Database::configure).
    to.exec("PRAGMA wal_checkpoint(PASSIVE)");
}

} // namespace mestring::core
