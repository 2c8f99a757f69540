#include "migrations.h"

#include "backend.h"
#include "database.h"
#include "schemav1.h"
#include "schemav10.h"
#include "schemav11.h"
#include "schemav2.h"
#include "schemav3.h"
#include "schemav4.h"
#include "schemav5.h"
#include "schemav6.h"
#include "schemav7.h"
#include "schemav8.h"
#include "schemav9.h"
#include "sqlquery.h"
#include "transaction.h"

namespace mestring::core {

namespace {

using Step = QStringList (*)(SqlEngine);

// The ladder. Append only.
constexpr Step steps[] = {
    &schemaV1,
    &schemaV2,
    &schemaV3,
    &schemaV4,
    &schemaV5,
    &schemaV6,
    &schemaV7,
    &schemaV8,
    &schemaV9,
    &schemaV10,
    &schemaV11,
};

} // namespace

int latestSchemaVersion()
{
    return int(std::size(steps));
}

QStringList migrationStep(const Backend &backend, int version)
{
    QStringList statements = steps[version - 1](backend.engine());
    for (QString &statement : statements)
        statement = backend.schemaSql(statement);
    return statements;
}

void migrateTo(const Database &db, int version)
{
    const Backend &backend = db.backend();
    if (backend.schemaVersion(db) >= version) return;
    Transaction transaction(db);
    backend.beginMigration(db);
    // Read again under the migration's lock: another program may have migrated meanwhile.
    for (int next = backend.schemaVersion(db) + 1; next <= version; ++next) {
        for (const QString &statement : migrationStep(backend, next))
            execSql(db, statement);
        backend.setSchemaVersion(db, next);
    }
    transaction.commit();
}

void migrateToLatest(const Database &db)
{
    migrateTo(db, latestSchemaVersion());
}

} // namespace mestring::core
