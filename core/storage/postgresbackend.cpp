#include "postgresbackend.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include "database.h"
#include "migrations.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}


// The version this program is built and tested against (Debian 12's).
constexpr int oldestServerVersion = 150000;

// Settings every connection starts with (libpq's `options`): Mestring's schema first on the
// search path, ISO dates, plain quoting of literals (postgresliterals.cpp), a lock wait as long
// as SQLite's busy timeout, and no JIT compilation: the program's statements are interactive
// reads of milliseconds, which a cost estimate above jit_above_cost made wait 1.8 s for LLVM
// (the whole-centre Overblik on the large demo: 2.1 s with JIT, 0.24 s without).
QString sessionOptions(const DatabaseLocation &location)
{
    return QStringLiteral("options='-c search_path=%1 -c DateStyle=ISO "
                          "-c standard_conforming_strings=on -c client_min_messages=warning -c jit=off "
                          "-c lock_timeout=%2'")
        .arg(location.schema())
        .arg(Database::busyTimeoutMs);
}

QString connectOptions(const DatabaseLocation &location)
{
    QString options = location.connectOptions();
    if (!options.contains(QLatin1StringView("application_name=")))
        options += QStringLiteral(" application_name='Mestring'");
    // Without it a PC whose server is unreachable waits minutes for the network to give up.
    if (!options.contains(QLatin1StringView("connect_timeout=")))
        options += QStringLiteral(" connect_timeout=10");
    // A network that drops without a word (a cable pulled, a switch restarted) is noticed in
    // about half a minute rather than the system's two hours, whether the PC waits for an
    // answer or is idle.
    if (!options.contains(QLatin1StringView("keepalives")))
        options += QStringLiteral(" keepalives=1 keepalives_idle=10 keepalives_interval=5 "
                                  "keepalives_count=3");
    if (!options.contains(QLatin1StringView("tcp_user_timeout=")))
        options += QStringLiteral(" tcp_user_timeout=30000");
    return QString(options + QLatin1Char(' ') + sessionOptions(location)).trimmed();
}

QString schemaOf(const Database &db)
{
    return db.location().schema();
}

// One row of facts about the address's schema, read without touching anything.
struct SchemaFacts
{
    int serverVersion = 0;
    bool schemaExists = false;
    bool hasVersionTable = false;
    int relations = 0;
};

SchemaFacts readFacts(const Database &db)
{
    SqlQuery q(db,
        QStringLiteral("SELECT current_setting('server_version_num')::integer, "
                       "(SELECT count(*) FROM pg_namespace WHERE nspname = ?), "
                       "to_regclass(? || '.schema_version') IS NOT NULL, "
                       "(SELECT count(*) FROM pg_class c JOIN pg_namespace n "
                       "ON n.oid = c.relnamespace WHERE n.nspname = ?)"));
    const QString schema = schemaOf(db);
    q.bind(schema).bind(schema).bind(schema);
    q.exec();
    SchemaFacts facts;
    if (q.next()) {
        facts.serverVersion = q.value(0).toInt();
        facts.schemaExists = q.value(1).toInt() > 0;
        facts.hasVersionTable = q.value(2).toBool();
        facts.relations = q.value(3).toInt();
    }
    return facts;
}

// Whether the session may change the schema: its owner's login (or an administrator). A staff
// member's own login may not (issue 17).
bool mayMigrate(const Database &db)
{
    SqlQuery q(db,
        QStringLiteral("SELECT pg_has_role(session_user, nspowner, 'MEMBER') FROM "
                       "pg_namespace WHERE nspname = ?"));
    q.bind(schemaOf(db));
    return q.scalar().toBool();
}

} // namespace

void PostgresBackend::connect(const QString &name, const DatabaseLocation &location, bool) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StorageError(tr("This PC cannot connect to a PostgreSQL server: Qt's PostgreSQL "
                              "driver is missing. Ask your IT support to install the package "
                              "libqt6sql6-psql."));
    }
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setUserName(location.user());
    db.setPassword(location.password());
    db.setDatabaseName(location.databaseName());
    db.setConnectOptions(connectOptions(location));
    if (!db.open()) {
        const QString driverText = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StorageError(tr("The server database %1 could not be reached. Check the address, "
                              "that the server is running and reachable from this PC, and the "
                              "user name and password.")
                               .arg(location.displayText()),
            driverText, StorageError::Kind::ConnectionLost);
    }
}

bool PostgresBackend::inspect(const Database &db, bool mayCreate) const
{
    const QString where = db.location().displayText();
    const SchemaFacts facts = readFacts(db);
    if (facts.serverVersion < oldestServerVersion) {
        throw StorageError(tr("The server at %1 runs PostgreSQL %2; Mestring needs version 15 "
                              "or newer. Nothing has been changed.")
                               .arg(where)
                               .arg(facts.serverVersion / 10000));
    }
    const bool empty = !facts.schemaExists || (!facts.hasVersionTable && facts.relations == 0);
    if (empty && !mayCreate) {
        throw StorageError(tr("There is no Mestring database at %1. Check the address, or let "
                              "the IT department create it with 'mestring-cli server-init'.")
                               .arg(where));
    }
    if (empty) return false;
    if (!facts.hasVersionTable) {
        throw StorageError(tr("The schema %1 at %2 holds tables that are not Mestring's. "
                              "Nothing has been changed. Check the address.")
                               .arg(schemaOf(db), where));
    }
    SqlQuery marker(db, QStringLiteral("SELECT application, version FROM schema_version"));
    marker.exec();
    const bool ours = marker.next() && marker.value(0).toInt() == Database::applicationId;
    const int version = ours ? marker.value(1).toInt() : 0;
    if (!ours) {
        throw StorageError(tr("The schema %1 at %2 is not a Mestring database. Nothing has been "
                              "changed. Check the address.")
                               .arg(schemaOf(db), where));
    }
    if (version > latestSchemaVersion()) {
        throw StorageError(tr("The database %1 was made by a newer version of Mestring (schema "
                              "%2; this program knows up to %3). It has not been changed. "
                              "Install the newer version of Mestring to open it.")
                               .arg(where)
                               .arg(version)
                               .arg(latestSchemaVersion()));
    }
    if (version < latestSchemaVersion() && !mayMigrate(db)) {
        throw StorageError(tr("The database %1 is from an earlier version of Mestring (schema "
                              "%2; this program needs %3), and your login may not bring it up "
                              "to date. Nothing has been changed. Ask the IT department to "
                              "upgrade it on the server with the database owner's login "
                              "('mestring-cli check --db ...').")
                               .arg(where)
                               .arg(version)
                               .arg(latestSchemaVersion()));
    }
    return true;
}

void PostgresBackend::configure(const Database &) const
{
    // Everything a session needs travels in the connection's options (sessionOptions).
}

int PostgresBackend::schemaVersion(const Database &db) const
{
    // A failing statement would abort the transaction around it: ask whether the table is
    // there before reading it.
    SqlQuery exists(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    if (!exists.scalar().toBool()) return 0;
    SqlQuery version(db, QStringLiteral("SELECT version FROM schema_version"));
    return version.scalar().toInt();
}

void PostgresBackend::beginMigration(const Database &db) const
{
    const QString schema = schemaOf(db);
    SqlQuery exists(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = ?"));
    exists.bind(schema);
    // Created only when missing: CREATE SCHEMA IF NOT EXISTS would still need the right to
    // create schemas, which the program's own login need not have.
    if (exists.scalar().toInt() == 0) execSql(db, QStringLiteral("CREATE SCHEMA ") + schema);
    execSql(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "application INTEGER NOT NULL, version INTEGER NOT NULL)"));
    // Two PCs starting a new program version at once: the second waits, then finds the
    // schema migrated.
    execSql(db, QStringLiteral("LOCK TABLE schema_version IN ACCESS EXCLUSIVE MODE"));
}

void PostgresBackend::setSchemaVersion(const Database &db, int version) const
{
    execSql(db, QStringLiteral("DELETE FROM schema_version"));
    SqlQuery mark(db, QStringLiteral("INSERT INTO schema_version (application, version) VALUES (?, ?)"));
    mark.bind(Database::applicationId).bind(version);
    mark.exec();
}

QString PostgresBackend::schemaSql(const QString &statement) const
{
    QString sql = statement;
    sql.replace(QLatin1StringView("{date}"), QLatin1StringView("DATE"))
        .replace(QLatin1StringView("{bool}"), QLatin1StringView("BOOLEAN"))
        .replace(QLatin1StringView("{real}"), QLatin1StringView("DOUBLE PRECISION"))
        .replace(QLatin1StringView("{int64}"), QLatin1StringView("BIGINT"))
        .replace(QLatin1StringView("{true}"), QLatin1StringView("TRUE"))
        .replace(QLatin1StringView("{false}"), QLatin1StringView("FALSE"));
    return sql;
}

QString PostgresBackend::beginWrite() const
{
    // Read committed: writers wait only for the rows (and the access log) they share, each at
    // most lock_timeout.
    return QStringLiteral("BEGIN");
}

qint64 PostgresBackend::sessionId(const Database &db) const
{
    return SqlQuery(db, QStringLiteral("SELECT pg_backend_pid()")).scalar().toLongLong();
}

QString PostgresBackend::commitWitness(const Database &db) const
{
    return SqlQuery(db, QStringLiteral("SELECT pg_current_xact_id()::text")).scalar().toString();
}

std::optional<bool> PostgresBackend::committed(
    const Database &db, const QString &witness, qint64 oldSession) const
{
    // The lost session may not have noticed yet that its client is gone, with the COMMIT
    // still to come: end it (and wait for that) while it still holds this transaction. A
    // login may end its own sessions.
    SqlQuery end(db,
        QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                       "WHERE pid = ? AND backend_xid = xid(?::xid8)"));
    end.bind(oldSession).bind(witness).exec();
    SqlQuery status(db, QStringLiteral("SELECT pg_xact_status(?::xid8)"));
    const QString answer = status.bind(witness).scalar().toString();
    if (answer == QLatin1StringView("committed")) return true;
    if (answer == QLatin1StringView("aborted")) return false;
    return std::nullopt;
}

QString PostgresBackend::beginReadSnapshot() const
{
    // Read committed would give each statement its own snapshot: a report's parts would count
    // different states.
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString PostgresBackend::nextSequenceValue(const QString &table) const
{
    return QStringLiteral("nextval('%1_order')").arg(table);
}

void PostgresBackend::resetSequence(const Database &db, const QString &table) const
{
    SqlQuery exists(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    exists.bind(QString(table + QStringLiteral("_order")));
    if (!exists.scalar().toBool()) return;
    execSql(db, QStringLiteral("SELECT setval('%1_order', COALESCE((SELECT MAX(seq) FROM %1), 0) + 1, "
                               "false)")
                    .arg(table));
}

QList<std::pair<QString, QStringList>> PostgresBackend::tables(const Database &db) const
{
    // The version table is the backend's own, not Mestring's data; so are the server's logins
    // (a file has none, and a copy to a server makes none).
    SqlQuery q(db,
        QStringLiteral("SELECT t.relname, COALESCE(string_agg(DISTINCT p.relname, ','), '') "
                       "FROM pg_class t LEFT JOIN pg_constraint c ON c.conrelid = t.oid "
                       "AND c.contype = 'f' LEFT JOIN pg_class p ON p.oid = c.confrelid "
                       "WHERE t.relnamespace = current_schema()::regnamespace "
                       "AND t.relkind = 'r' AND t.relname NOT IN ('schema_version', "
                       "'staff_logins', 'staff_login_changes') "
                       "GROUP BY t.relname ORDER BY t.relname"));
    q.exec();
    QList<std::pair<QString, QStringList>> result;
    while (q.next()) {
        result.append({q.value(0).toString(),
            q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)});
    }
    return result;
}

QString PostgresBackend::guardedUpdate(const QString &function, const QString &update) const
{
    // The updates hold no literal question marks: each is a value.
    const QStringList parameters(update.count(QLatin1Char('?')), QStringLiteral("?"));
    return QStringLiteral("SELECT ") + function + QLatin1Char('(')
        + parameters.join(QStringLiteral(", ")) + QLatin1Char(')');
}

int PostgresBackend::guardedRows(QSqlQuery &query) const
{
    return query.next() ? query.value(0).toInt() : 0;
}

void PostgresBackend::lockForAppend(const Database &db, const QString &table) const
{
    // Held until this transaction ends; others may read the table meanwhile. An advisory lock
    // (not LOCK TABLE, which needs the privilege to change the table: staff may only add to
    // the access log). Every append takes it, whoever appends.
    SqlQuery q(db, QStringLiteral("SELECT pg_advisory_xact_lock(?, hashtext(?))"));
    q.bind(appendLockClass).bind(table);
    q.exec();
}

void PostgresBackend::setBulkWrite(const Database &, bool) const
{
    // The server's caches are its own administrator's business.
}

bool PostgresBackend::prepare(QSqlQuery &, const QString &) const
{
    // Nothing to do before the values are known: the statement travels whole in execute().
    return true;
}

namespace {

std::function<void(const QString &)> &statementTrace()
{
    static std::function<void(const QString &)> trace;
    return trace;
}

} // namespace

void PostgresBackend::setStatementTrace(std::function<void(const QString &)> trace)
{
    statementTrace() = std::move(trace);
}

bool PostgresBackend::execute(QSqlQuery &query, const QString &sql, const QVariantList &values) const
{
    const QString text = values.isEmpty() ? sql : withValues(sql, values);
    if (text.isEmpty()) {
        throw StorageError(tr("The database could not save or read the data."),
            QStringLiteral("%1 values for the placeholders of [%2]").arg(values.size()).arg(sql));
    }
    if (statementTrace()) statementTrace()(text);
    return query.exec(text);
}

void PostgresBackend::readManyOnce(QSqlQuery &query) const
{
    // Not forward-only: Qt's QPSQL then reads each row as a result of its own (libpq's
    // single-row mode, a copy per row); the whole result arrives in one go either way.
    query.setForwardOnly(false);
}

bool PostgresBackend::checksBeforeFirstWrite() const
{
    // The server checks its own pages as it reads them (and data checksums where the cluster
    // has them); `mestring-cli check` runs amcheck-like checks on demand.
    return false;
}

QString PostgresBackend::nameOrder(QStringView expression) const
{
    // ICU's Danish collation (CLDR "da": … Z, Æ, Ø, Å, "aa" as Å), which Debian's PostgreSQL 15
    // imports into every cluster (pg_collation); the same order as compareNames().
    return expression.toString() + QStringLiteral(" COLLATE \"da-DK-x-icu\"");
}

StorageError::Kind PostgresBackend::classify(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    // The client library reports a lost connection without an SQL state.
    if (state.isEmpty())
        return error.type() == QSqlError::NoError ? StorageError::Kind::Other
                                                  : StorageError::Kind::ConnectionLost;
    if (state == QLatin1StringView("40001") || state == QLatin1StringView("40P01")
        || state == QLatin1StringView("55P03") || state == QLatin1StringView("57014"))
        return StorageError::Kind::Busy;
    if (state == QLatin1StringView("23505")) return StorageError::Kind::UniqueViolation;
    if (state == QLatin1StringView("42501")) return StorageError::Kind::NotAllowed;
    if (state.startsWith(QLatin1StringView("23")) || state == QLatin1StringView("P0001"))
        return StorageError::Kind::Refused;
    if (state.startsWith(QLatin1StringView("08")) || state.startsWith(QLatin1StringView("57P")))
        return StorageError::Kind::ConnectionLost;
    // data_corrupted, index_corrupted
    if (state == QLatin1StringView("XX001") || state == QLatin1StringView("XX002"))
        return StorageError::Kind::Damaged;
    return StorageError::Kind::Other;
}


void PostgresBackend::discardCreated(const Database &db) const
{
    // Everything in the schema, which the open found empty; the schema itself stays, as the
    // IT department may have made it for the program's login (which then cannot make one).
    SqlQuery q(db, QStringLiteral(R"(
SELECT 'DROP TABLE IF EXISTS ' || oid::regclass::text || ' CASCADE' FROM pg_class
 WHERE relnamespace = to_regnamespace(?) AND relkind IN ('r', 'p')
UNION ALL
SELECT 'DROP SEQUENCE IF EXISTS ' || oid::regclass::text FROM pg_class
 WHERE relnamespace = to_regnamespace(?) AND relkind = 'S'
UNION ALL
SELECT 'DROP FUNCTION IF EXISTS ' || oid::regprocedure::text || ' CASCADE' FROM pg_proc
 WHERE pronamespace = to_regnamespace(?))"));
    const QString schema = schemaOf(db);
    q.bind(schema);
    q.bind(schema);
    q.bind(schema);
    q.exec();
    QStringList drops;
    while (q.next())
        drops << q.value(0).toString();
    for (const QString &drop : drops)
        execSql(db, drop);
}

} // namespace mestring::core
