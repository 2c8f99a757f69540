#include "sqlitebackend.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include "database.h"
#include "migrations.h"
#include "nameorder.h"
#include "sqliteconnection.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

bool isInMemory(const Database &db)
{
    return db.path() == QLatin1StringView(":memory:");
}

// SQLite's result codes (sqlite3.h); Qt reports the code of the failing call as the native
// error code, extended or not depending on the build, so the primary code is the low byte.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteConstraint = 19;
constexpr int sqliteConstraintPrimaryKey = 1555;
constexpr int sqliteConstraintUnique = 2067;

} // namespace

void SqliteBackend::connect(const QString &name, const DatabaseLocation &location,
    bool mayCreate) const
{
    const QString path = location.filePath();
    if (!mayCreate && !QFileInfo::exists(path)) {
        throw StorageError(tr("The database file %1 does not exist. Check the path, or create "
                              "a new database with 'mestring-cli init'.")
                               .arg(path));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::busyTimeoutMs));
    if (!db.open()) {
        const QString driverText = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StorageError(tr("The database file could not be opened. Check that the file "
                              "exists and that you may read and write it."),
            driverText);
    }
}

// Reads only the header; nothing is written before the file is known to be ours and not newer.
bool SqliteBackend::inspect(const Database &db, bool) const
{
    if (isInMemory(db)) return false;
    const QString path = db.path();
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        throw StorageError(tr("The file %1 is not a Mestring database, or it is damaged. It has "
                              "not been changed. Choose another file or restore a backup.")
                               .arg(path),
            query.lastError().text());
    }
    const int appId = query.value(0).toInt();
    query.finish();
    const int version = schemaVersion(db);
    if (appId == 0 && version == 0) {
        QSqlQuery count(db.connection());
        if (count.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && count.next()
            && count.value(0).toInt() == 0)
            return false; // new or empty: ours to create
    }
    if (appId != Database::applicationId) {
        throw StorageError(tr("The file %1 is not a Mestring database. It has not been changed. "
                              "Choose a Mestring database file.")
                               .arg(path));
    }
    if (version > latestSchemaVersion()) {
        throw StorageError(tr("The database %1 was made by a newer version of Mestring (schema "
                              "%2; this program knows up to %3). It has not been changed. "
                              "Install the newer version of Mestring to open it.")
                               .arg(path)
                               .arg(version)
                               .arg(latestSchemaVersion()));
    }
    // Only the header is read here: the whole file is checked before the first write
    // (Database::requireSound), so opening a large file stays fast.
    return true;
}

void SqliteBackend::configure(const Database &db) const
{
    const bool inMemory = isInMemory(db);
    execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!inMemory) execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Reads of large files (the centre-wide overview, reports) map up to 1 GB of pages instead
    // of copying them through SQLite's cache: a third less time on the large demo
    // (benchmarks.md). Writes still go through the WAL, so crash safety is unchanged.
    if (!inMemory) {
        execSql(db, QStringLiteral("PRAGMA mmap_size = 1073741824"));
        // After a restore the whole database passed through the WAL; without a limit the -wal
        // file would keep that size until the last program closes the file.
        execSql(db, QStringLiteral("PRAGMA journal_size_limit = 67108864"));
    }
    execSql(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(Database::busyTimeoutMs));
    registerNameOrder(db);
    // The net under Database::requireSound(): a commit on this connection that did not go
    // through a Transaction (a single-row write) is checked here, before SQLite makes it
    // durable. Non-zero turns the commit into a rollback; the failing statement then reports
    // the damage (statementError() asks knownDamage()).
    if (sqlite3 *handle = sqliteHandle(db)) {
        sqlite3_commit_hook(
            handle,
            [](void *database) {
                return static_cast<const Database *>(database)->soundForCommit() ? 0 : 1;
            },
            const_cast<Database *>(&db));
    }
}

bool SqliteBackend::checksBeforeFirstWrite() const
{
    return true;
}

QString SqliteBackend::nameOrder(QStringView expression) const
{
    return sqliteNameOrder(expression);
}

int SqliteBackend::schemaVersion(const Database &db) const
{
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

void SqliteBackend::beginMigration(const Database &) const
{
    // BEGIN IMMEDIATE has taken the file's write lock: no other program migrates meanwhile.
}

void SqliteBackend::setSchemaVersion(const Database &db, int version) const
{
    // Pragmas do not take bound values; both numbers are our own constants.
    execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
    execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QString SqliteBackend::schemaSql(const QString &statement) const
{
    // The words stand for exactly what the released steps said, so an SQLite file made by
    // this program is the same as one made before the words existed (migration_test).
    QString sql = statement;
    sql.replace(QLatin1StringView("{date}"), QLatin1StringView("TEXT"))
        .replace(QLatin1StringView("{bool}"), QLatin1StringView("INTEGER"))
        .replace(QLatin1StringView("{real}"), QLatin1StringView("REAL"))
        .replace(QLatin1StringView("{int64}"), QLatin1StringView("INTEGER"))
        .replace(QLatin1StringView("{true}"), QLatin1StringView("1"))
        .replace(QLatin1StringView("{false}"), QLatin1StringView("0"));
    return sql;
}

QString SqliteBackend::beginWrite() const
{
    // BEGIN IMMEDIATE takes the write lock up front, so a second writer waits for the busy
    // timeout here instead of failing halfway through the transaction.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteBackend::beginReadSnapshot() const
{
    // Deferred: the first read takes a snapshot of the WAL that later commits do not change.
    return QStringLiteral("BEGIN");
}

QString SqliteBackend::nextSequenceValue(const QString &table) const
{
    // Writers hold the file's write lock (BEGIN IMMEDIATE), so no other insert sees the same
    // maximum. `table` is always one of our own names.
    return QStringLiteral("(SELECT COALESCE(MAX(seq), 0) + 1 FROM %1)").arg(table);
}

void SqliteBackend::resetSequence(const Database &, const QString &) const
{
    // The next number is read from the table itself.
}

QList<std::pair<QString, QStringList>> SqliteBackend::tables(const Database &db) const
{
    QList<std::pair<QString, QStringList>> result;
    SqlQuery names(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    names.exec();
    while (names.next())
        result.append({names.value(0).toString(), {}});
    for (auto &[table, parents] : result) {
        // Pragmas take no bound values; the name is one the database itself listed.
        SqlQuery keys(db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('%1')")
                              .arg(table));
        keys.exec();
        while (keys.next())
            parents << keys.value(0).toString();
    }
    return result;
}

void SqliteBackend::lockForAppend(const Database &, const QString &) const
{
    // The write transaction already holds the only write lock there is.
}

void SqliteBackend::setBulkWrite(const Database &db, bool on) const
{
    // A large page cache while a big dataset goes in: with SQLite's default of 2 MB the index
    // pages of a million-row table are written out and read back over and over. Back to the
    // default afterwards, so a long-running program does not keep it.
    constexpr int bulkCacheKiB = 256 * 1024;
    constexpr int defaultCacheKiB = 2000;
    execSql(db, QStringLiteral("PRAGMA cache_size = %1").arg(-(on ? bulkCacheKiB : defaultCacheKiB)));
}

bool SqliteBackend::prepare(QSqlQuery &query, const QString &sql) const
{
    return query.prepare(sql);
}

void SqliteBackend::readManyOnce(QSqlQuery &query) const
{
    // Forward-only: Qt's SQLite driver then keeps no copy of the rows already read.
    query.setForwardOnly(true);
}

bool SqliteBackend::execute(QSqlQuery &query, const QString &, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    return query.exec();
}

StorageError::Kind SqliteBackend::classify(const QSqlError &error) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok) return StorageError::Kind::Other;
    if (isDamageCode(code)) return StorageError::Kind::Damaged;
    switch (code & 0xff) {
    case sqliteBusy:
    case sqliteLocked:
        return StorageError::Kind::Busy;
    case sqliteConstraint:
        if (code == sqliteConstraintUnique || code == sqliteConstraintPrimaryKey)
            return StorageError::Kind::UniqueViolation;
        // Without extended codes the kind of constraint is only in SQLite's own wording.
        if (code == sqliteConstraint
            && error.databaseText().startsWith(QLatin1StringView("UNIQUE constraint failed")))
            return StorageError::Kind::UniqueViolation;
        return StorageError::Kind::Refused;
    default:
        return StorageError::Kind::Other;
    }
}

QStringList SqliteBackend::integrityProblems(const Database &db) const
{
    QStringList problems;
    try {
        SqlQuery integrity(db, QStringLiteral("PRAGMA integrity_check"));
        integrity.exec();
        while (integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != QLatin1StringView("ok")) problems << line;
        }
    } catch (const StorageError &e) {
        // Some damage stops the check itself (a page that is no b-tree page at all).
        if (!e.isDamage()) throw;
        return {e.driverText()};
    }
    // Rows: table, rowid, referenced table, foreign key number.
    SqlQuery foreignKeys(db, QStringLiteral("PRAGMA foreign_key_check"));
    foreignKeys.exec();
    while (foreignKeys.next()) {
        problems << QStringLiteral("%1 row %2: its reference to %3 points to no row")
                        .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                            foreignKeys.value(2).toString());
    }
    return problems;
}


void SqliteBackend::discardCreated(const Database &) const
{
    // A new file is removed by whoever made it (createDatabaseFile), once it is closed.
}

} // namespace mestring::core
