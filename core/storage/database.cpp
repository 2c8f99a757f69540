#include "database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include "migrations.h"
#include "sqliteconnection.h"
#include "sqlitedamagecheck.h"
#include "nameorder.h"
#include "sqlquery.h"
#include "storageerror.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

Database::Database(QString connectionName)
    : m_name(std::move(connectionName))
    , m_damage(std::make_unique<DamageCheck>())
{
}

Database::~Database()
{
    close();
}

void Database::openConnection(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        const QString driverText = db.lastError().text();
        close();
        throw StorageError(tr("The database file could not be opened. Check that the file "
                              "exists and that you may read and write it."),
                           driverText);
    }
    m_path = path;
}

void Database::open(const QString &path, OpenMode mode)
{
    close();
    const QFileInfo info(path);
    if (!info.exists() && mode != OpenMode::CreateIfMissing) {
        throw StorageError(tr("The database file %1 does not exist. Check the path, or create "
                              "a new database with 'mestring-cli init'.")
                               .arg(path));
    }
    const bool isNew = !info.exists() || info.size() == 0;
    openConnection(path);
    if (isNew || mode == OpenMode::MustExistChecked) m_damage->markSound();
    if (!isNew) refuseForeignFile(path);
    configure();
    try {
        migrateToLatest(*this);
    } catch (...) {
        close();
        throw;
    }
}

void Database::openInMemory()
{
    close();
    openConnection(QStringLiteral(":memory:"));
    m_damage->markSound();
    configure();
    migrateToLatest(*this);
}

// Reads only the header; nothing is written before the file is known to be ours and not newer.
void Database::refuseForeignFile(const QString &path)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        const QString driverText = query.lastError().text();
        close();
        throw StorageError(tr("The file %1 is not a Mestring database, or it is damaged. It has "
                              "not been changed. Choose another file or restore a backup.")
                               .arg(path),
                           driverText);
    }
    const int appId = query.value(0).toInt();
    query.finish();
    const int version = schemaVersion();
    bool emptyFile = false;
    if (appId == 0 && version == 0) {
        QSqlQuery count(connection());
        emptyFile = count.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && count.next()
            && count.value(0).toInt() == 0;
    }
    if (appId != applicationId && !emptyFile) {
        close();
        throw StorageError(tr("The file %1 is not a Mestring database. It has not been changed. "
                              "Choose a Mestring database file.")
                               .arg(path));
    }
    if (version > latestSchemaVersion()) {
        close();
        throw StorageError(tr("The database %1 was made by a newer version of Mestring (schema "
                              "%2; this program knows up to %3). It has not been changed. "
                              "Install the newer version of Mestring to open it.")
                               .arg(path)
                               .arg(version)
                               .arg(latestSchemaVersion()));
    }
}

void Database::configure()
{
    registerNameOrder(*this);
    execSql(*this, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_path != QLatin1StringView(":memory:"))
        execSql(*this, QStringLiteral("PRAGMA journal_mode = WAL"));
    execSql(*this, QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Reads of large files (the centre-wide overview, reports) map up to 1 GB of pages instead
    // of copying them through SQLite's cache: a third less time on the large demo
    // (benchmarks.md).
    // Writes still go through the WAL, so crash safety is unchanged.
    if (m_path != QLatin1StringView(":memory:")) {
        execSql(*this, QStringLiteral("PRAGMA mmap_size = 1073741824"));
        // After a restore the whole database passed through the WAL; without a limit the -wal
        // file would keep that size until the last program closes the file.
        execSql(*this, QStringLiteral("PRAGMA journal_size_limit = 67108864"));
    }
    execSql(*this, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    // The net under requireSound(): a commit on this connection that did not go through a
    // Transaction (a single-row write) is checked here, before SQLite makes it durable.
    if (sqlite3 *handle = sqliteHandle(*this))
        sqlite3_commit_hook(handle, &Database::commitHook, this);
}

int Database::commitHook(void *database)
{
    auto *db = static_cast<Database *>(database);
    if (db->m_damage->knownSound()) return 0;
    // Non-zero turns the commit into a rollback; the failing statement then reports the damage
    // (statementError() asks knownDamage()).
    return db->m_damage->problem(db->m_path).isEmpty() ? 0 : 1;
}

void Database::checkInBackground()
{
    if (isOpen()) m_damage->start(m_path);
}

void Database::requireSound() const
{
    if (m_damage->knownSound()) return;
    const QString problem = m_damage->problem(m_path);
    if (!problem.isEmpty()) throw StorageError::damaged(m_path, problem);
}

QString Database::knownDamage() const
{
    return m_damage->knownProblem();
}

void Database::close()
{
    // A check of this file has nothing to say about the next one opened.
    m_damage->cancel();
    m_damage = std::make_unique<DamageCheck>();
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    m_path.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_name) && connection().isOpen();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace mestring::core
