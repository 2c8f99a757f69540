#include "tamper.h"

#include "core/storage/sqlquery.h"
#include "testserver.h"

namespace mestring::test {

void removeImmutability(const core::Database &db, const QString &table)
{
    if (onTestServer()) {
        core::execSql(db, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
        return;
    }
    core::execSql(db, QStringLiteral("DROP TRIGGER %1_no_update").arg(table));
    core::execSql(db, QStringLiteral("DROP TRIGGER %1_no_delete").arg(table));
}

} // namespace mestring::test
