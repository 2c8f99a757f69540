#include "integritycheck.h"

#include "database.h"
#include "sqlquery.h"
#include "storageerror.h"

namespace mestring::core {

QStringList integrityProblems(const Database &db)
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

} // namespace mestring::core
