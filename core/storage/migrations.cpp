#include "migrations.h"

#include <QCoreApplication>

#include "database.h"
#include "schemav1.h"
#include "schemav2.h"
#include "schemav3.h"
#include "schemav4.h"
#include "schemav5.h"
#include "schemav6.h"
#include "schemav7.h"
#include "sqlquery.h"
#include "transaction.h"

namespace mestring::core {

namespace {

using Step = QStringList (*)();

// The ladder. Append only.
constexpr Step steps[] = {
    &schemaV1,
    &schemaV2,
    &schemaV3,
    &schemaV4,
    &schemaV5,
    &schemaV6,
    &schemaV7,
};

} // namespace

int latestSchemaVersion()
{
    return int(std::size(steps));
}

QStringList migrationStep(int version)
{
    return steps[version - 1]();
}

void migrateToLatest(const Database &db)
{
    if (db.schemaVersion() >= latestSchemaVersion()) return;
    Transaction transaction(db);
    // Read again under the write lock: another program may have migrated the file meanwhile.
    const int current = db.schemaVersion();
    if (current >= latestSchemaVersion()) return;
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        for (const QString &statement : migrationStep(version))
            execSql(db, statement);
    }
    // Pragmas do not take bound values; both numbers are our own constants.
    execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
    execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion()));
    transaction.commit();
}

} // namespace mestring::core
