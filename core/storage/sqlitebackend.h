#pragma once

#include "backend.h"

namespace mestring::core {

/// A Mestring database in one SQLite file (or in memory, for tests).
class SqliteBackend final : public Backend
{
public:
    SqlEngine engine() const override { return SqlEngine::SQLite; }
    void connect(const QString &name, const DatabaseLocation &location,
        bool mayCreate) const override;
    bool inspect(const Database &db, bool mayCreate) const override;
    void configure(const Database &db) const override;
    bool checksBeforeFirstWrite() const override;
    int schemaVersion(const Database &db) const override;
    void beginMigration(const Database &db) const override;
    void setSchemaVersion(const Database &db, int version) const override;
    QString schemaSql(const QString &statement) const override;
    qint64 sessionId(const Database &) const override { return 0; }
    QString commitWitness(const Database &) const override { return {}; }
    std::optional<bool> committed(const Database &, const QString &, qint64) const override
    {
        return std::nullopt;
    }
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
    bool prefersBatches() const override { return false; }
    QString nameOrder(QStringView expression) const override;
    QString guardedUpdate(const QString &, const QString &update) const override { return update; }
    int guardedRows(QSqlQuery &query) const override { return query.numRowsAffected(); }
    bool linksAccessLog() const override { return false; }
    StorageError::Kind classify(const QSqlError &error) const override;
    QStringList integrityProblems(const Database &db) const override;
    void discardCreated(const Database &db) const override;
    QString backupSuffix() const override;
    void writeBackup(const Database &db, const QString &target) const override;
    DatabaseFileCheck checkBackup(
        const DatabaseLocation &database, const QString &backupFile) const override;
    RestoredBackup restoreBackup(const QString &backupFile, const DatabaseLocation &database,
        const QDateTime &now, const RestoreSteps &steps) const override;
};

} // namespace mestring::core
