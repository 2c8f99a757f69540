#pragma once

#include <optional>

#include <functional>
#include <memory>

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include "sqlengine.h"
#include "storageerror.h"

class QSqlError;
class QSqlQuery;

namespace mestring::core {

class Database;
class DatabaseLocation;
struct DatabaseFileCheck;
struct RestoredBackup;

/// What a restore does on its way (Backend::restoreBackup).
struct RestoreSteps
{
    /// With the checked backup, migrated, before it takes the database's place; `keptAs` is
    /// where the replaced database will be kept (empty when there is none).
    std::function<void(const Database &restored, const QString &keptAs)> prepare;
    /// Once the database is locked for the swap (SQLite's write lock).
    std::function<void()> onLocked;
    /// How long to wait for other programs' writes before giving up.
    int waitMs = 30000;
};

/// The seam between Mestring's storage and the engine it runs on: everything that differs
/// between an SQLite file and a PostgreSQL server, and nothing else. A Database owns one; the
/// storage helpers (SqlQuery, Transaction, ReadSnapshot, migrations, the repositories' `seq`)
/// ask it, so no repository, service or report knows which engine holds the data.
class Backend
{
public:
    virtual ~Backend() = default;
    /// SQLite for a file, PostgreSQL for a server address.
    static std::unique_ptr<Backend> forLocation(const DatabaseLocation &location);

    virtual SqlEngine engine() const = 0;

    // --- Opening

    /// Adds and opens the Qt connection `name` to `location`; without `mayCreate` a file that
    /// does not exist is refused rather than created. Throws StorageError.
    virtual void connect(const QString &name, const DatabaseLocation &location,
        bool mayCreate) const = 0;
    /// Reads, before anything is written, whether `db` holds a Mestring database this program
    /// may open: a foreign, newer or damaged one is refused (StorageError) and left untouched.
    /// Returns false when it holds nothing yet (a new file, a server database without
    /// Mestring's schema); `mayCreate` false refuses that instead.
    virtual bool inspect(const Database &db, bool mayCreate) const = 0;
    /// Settings of the open connection (SQLite's pragmas, its name order collation and commit
    /// hook; a server's travel with the connection).
    virtual void configure(const Database &db) const = 0;
    /// Whether the whole database must be checked for damage before a connection's first write
    /// (an SQLite file: quick_check, Database::requireSound). A server checks its own pages.
    virtual bool checksBeforeFirstWrite() const = 0;

    // --- The schema

    /// The version of Mestring's schema (0 for none). Never fails inside a transaction.
    virtual int schemaVersion(const Database &db) const = 0;
    /// First thing inside the migration's transaction: one program migrates at a time, and the
    /// place for the version (a server's schema) exists.
    virtual void beginMigration(const Database &db) const = 0;
    /// Marks the database as Mestring's at `version`, inside the migration's transaction.
    virtual void setSchemaVersion(const Database &db, int version) const = 0;
    /// A schema statement in this engine's words: the portable type words {date}, {bool},
    /// {real}, {int64}, {true} and {false} of the migration steps become native types.
    virtual QString schemaSql(const QString &statement) const = 0;

    // --- Statements and transactions

    /// Starts a transaction that writes: it waits (up to the busy timeout) for another writer
    /// rather than failing halfway.
    virtual QString beginWrite() const = 0;
    /// The server's number for this connection's session (0 for a file).
    virtual qint64 sessionId(const Database &db) const = 0;
    /// Read inside a write transaction just before its COMMIT: what the server knows the
    /// transaction by, so that a commit whose answer the network lost can be looked up
    /// (committed()). Empty for a file, whose commit is never lost on the way.
    virtual QString commitWitness(const Database &db) const = 0;
    /// On a new connection: whether the transaction `witness` of the lost session `oldSession`
    /// was committed. That session is ended first if the server still has it, so the answer
    /// is final. nullopt when the server no longer knows.
    virtual std::optional<bool> committed(
        const Database &db, const QString &witness, qint64 oldSession) const = 0;
    /// Starts a read-only transaction in which every query sees the same committed state.
    virtual QString beginReadSnapshot() const = 0;
    /// The SQL expression giving the next storage-order number (`seq`) of `table`, unique even
    /// when several connections insert at once.
    virtual QString nextSequenceValue(const QString &table) const = 0;
    /// After rows were copied in with their own `seq`: the next number follows the largest
    /// (nothing for a table without storage-order numbers).
    virtual void resetSequence(const Database &db, const QString &table) const = 0;
    /// Mestring's tables, each with the tables its foreign keys point to.
    virtual QList<std::pair<QString, QStringList>> tables(const Database &db) const = 0;
    /// Inside a write transaction: waits until no other connection appends to `table`, so a
    /// chain (the access log's hashes) is extended by one writer at a time.
    virtual void lockForAppend(const Database &db, const QString &table) const = 0;
    /// Whether the database itself numbers each new access-log entry and links it into the hash
    /// chain (a server: a trigger under one lock, schema v11, so many sessions and any tool
    /// append in order); on a file the program does, under the write transaction's one lock.
    virtual bool linksAccessLog() const = 0;
    /// Around inserting a large dataset: engine settings that make it faster, and back.
    virtual void setBulkWrite(const Database &db, bool on) const = 0;
    /// Prepares `sql` (with `?` placeholders) on `query`; false with the query's error set.
    virtual bool prepare(QSqlQuery &query, const QString &sql) const = 0;
    /// Runs the statement prepared from `sql` with `values` for its placeholders, in one round
    /// trip to the server.
    virtual bool execute(QSqlQuery &query, const QString &sql, const QVariantList &values) const = 0;
    /// Sets up `query` for reading many rows once, in order, in the cheapest way the driver has.
    virtual void readManyOnce(QSqlQuery &query) const = 0;
    /// True when each statement is a round trip to a server, so that reading or writing the rows
    /// of many records in one statement pays for gathering them first; false for a file, where a
    /// statement per record costs a function call.
    virtual bool prefersBatches() const = 0;
    /// `expression` followed by the collation that sorts it in Danish alphabetical order
    /// (core/domain/nameorder.h), for ORDER BY.
    virtual QString nameOrder(QStringView expression) const = 0;
    /// An update that staff may make on a server only through the database function
    /// `function` (the table is insert-only for every staff role there, schema v10): the
    /// statement to run, with the same values bound in the same order. `update` itself on a
    /// file; `SELECT function(?, ...)` on a server.
    virtual QString guardedUpdate(const QString &function, const QString &update) const = 0;
    /// The rows a guardedUpdate() statement changed, once executed.
    virtual int guardedRows(QSqlQuery &query) const = 0;
    /// What kind of failure `error` is, from the engine's error code or SQL state.
    virtual StorageError::Kind classify(const QSqlError &error) const = 0;

    // --- Backups

    /// How a backup file's name ends: "sqlite" (a copy of the file) or "dump" (pg_dump).
    virtual QString backupSuffix() const = 0;
    /// Writes a consistent backup of `db` (others may keep writing) to `target`, which must not
    /// exist. Throws StorageError.
    virtual void writeBackup(const Database &db, const QString &target) const = 0;
    /// Whether `backupFile` is a sound backup this program can open, for `database`'s engine.
    virtual DatabaseFileCheck checkBackup(
        const DatabaseLocation &database, const QString &backupFile) const = 0;
    /// Checks `backupFile`, then puts it in place of the database at `database`, keeping the
    /// replaced one beside it (named after `now`, centre time). Before it takes the database's
    /// place, the checked and migrated backup is handed to `steps.prepare` (the restore is
    /// logged in it). A file is written into through SQLite's locks (other programs may keep it
    /// open; `steps.onLocked` once the write lock is held); a server database is swapped by
    /// renaming, so no other session may be connected to it. Throws StorageError; on failure
    /// nothing has changed.
    virtual RestoredBackup restoreBackup(const QString &backupFile,
        const DatabaseLocation &database, const QDateTime &now,
        const RestoreSteps &steps) const = 0;

    /// Removes the Mestring schema that `db`'s open just created, with all it holds (a new
    /// server database whose filling failed). Nothing for a file: its creator removes it.
    virtual void discardCreated(const Database &db) const = 0;

    // --- The whole database

    /// What the engine finds wrong with the stored data itself (damaged pages or indexes,
    /// references that point nowhere, constraints not validated); empty when sound.
    virtual QStringList integrityProblems(const Database &db) const = 0;
};

} // namespace mestring::core
