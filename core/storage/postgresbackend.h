#pragma once

#include <functional>

#include "backend.h"

namespace mestring::core {

/// A Mestring database in a schema of its own (`mestring` unless the address names another)
/// in a database on a PostgreSQL server, through Qt's QPSQL driver.
/// The first key of the advisory locks of lockForAppend() (the second is the table's name,
/// hashtext()); the access log's trigger (schema v11) takes the same lock.
constexpr int appendLockClass = 0x4d45; // "ME"

class PostgresBackend final : public Backend
{
public:
    SqlEngine engine() const override { return SqlEngine::PostgreSQL; }
    void connect(const QString &name, const DatabaseLocation &location,
        bool mayCreate) const override;
    bool inspect(const Database &db, bool mayCreate) const override;
    void configure(const Database &db) const override;
    bool checksBeforeFirstWrite() const override;
    int schemaVersion(const Database &db) const override;
    void beginMigration(const Database &db) const override;
    void setSchemaVersion(const Database &db, int version) const override;
    QString schemaSql(const QString &statement) const override;
    qint64 sessionId(const Database &db) const override;
    QString commitWitness(const Database &db) const override;
    std::optional<bool> committed(
        const Database &db, const QString &witness, qint64 oldSession) const override;
    QString beginWrite() const override;
    QString beginReadSnapshot() const override;
    QString nextSequenceValue(const QString &table) const override;
    void resetSequence(const Database &db, const QString &table) const override;
    QList<std::pair<QString, QStringList>> tables(const Database &db) const override;
    void lockForAppend(const Database &db, const QString &table) const override;
    void setBulkWrite(const Database &db, bool on) const override;
    bool prepare(QSqlQuery &query, const QString &sql) const override;
    bool execute(QSqlQuery &query, const QString &sql, const QVariantList &values) const override;
    void readManyOnce(QSqlQuery &query) const override;
    bool prefersBatches() const override { return true; }
    QString nameOrder(QStringView expression) const override;
    QString guardedUpdate(const QString &function, const QString &update) const override;
    int guardedRows(QSqlQuery &query) const override;
    bool linksAccessLog() const override { return true; }
    StorageError::Kind classify(const QSqlError &error) const override;
    QStringList integrityProblems(const Database &db) const override;
    void discardCreated(const Database &db) const override;
    QString backupSuffix() const override;
    void writeBackup(const Database &db, const QString &target) const override;
    DatabaseFileCheck checkBackup(
        const DatabaseLocation &database, const QString &backupFile) const override;
    RestoredBackup restoreBackup(const QString &backupFile, const DatabaseLocation &database,
        const QDateTime &now, const RestoreSteps &steps) const override;

    /// `value` as an SQL literal of the right type: text quoted (standard_conforming_strings
    /// is on for every connection), dates as DATE '...', doubles as float8, null as NULL.
    static QString literal(const QVariant &value);
    /// `sql` with each `?` outside quotes and comments replaced by the literal of the next
    /// value; an empty string when the numbers of placeholders and values differ.
    static QString withValues(const QString &sql, const QVariantList &values);

    /// Hands every statement sent with bound values, as sent, to `trace` (the benchmarks run
    /// the same SQL in psql beside the program); an empty function stops it. Not for use in
    /// the program: it would see client data.
    static void setStatementTrace(std::function<void(const QString &sql)> trace);
};

} // namespace mestring::core
