// What `check` asks of a server database. PostgreSQL looks after its own pages (and checks them
// with data checksums where the cluster has them), so what is left to find is what a restore or
// a careless administrator can leave behind: constraints or indexes not validated, and, in case
// foreign keys were switched off during a load, rows whose references point nowhere.
#include "postgresbackend.h"

#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

QStringList PostgresBackend::integrityProblems(const Database &db) const
{
    QStringList problems;
    SqlQuery invalid(db,
        QStringLiteral("SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
                       "WHERE c.connamespace = current_schema()::regnamespace "
                       "AND NOT c.convalidated "
                       "UNION ALL SELECT i.indrelid::regclass::text, "
                       "i.indexrelid::regclass::text FROM pg_index i "
                       "JOIN pg_class x ON x.oid = i.indexrelid "
                       "WHERE x.relnamespace = current_schema()::regnamespace "
                       "AND NOT (i.indisvalid AND i.indisready) ORDER BY 1, 2"));
    invalid.exec();
    while (invalid.next()) {
        problems << QStringLiteral("%1: %2 is not validated")
                        .arg(invalid.value(0).toString(), invalid.value(1).toString());
    }
    // Every single-column foreign key of the schema (all of Mestring's are).
    SqlQuery keys(db,
        QStringLiteral("SELECT c.conrelid::regclass::text, a.attname, "
                       "c.confrelid::regclass::text, f.attname FROM pg_constraint c "
                       "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                       "JOIN pg_attribute f ON f.attrelid = c.confrelid AND f.attnum = c.confkey[1] "
                       "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace "
                       "ORDER BY 1, 2"));
    keys.exec();
    while (keys.next()) {
        const QString table = keys.value(0).toString();
        const QString column = keys.value(1).toString();
        const QString parent = keys.value(2).toString();
        // Names from the catalog of our own schema, never user data.
        SqlQuery orphans(db,
            QStringLiteral("SELECT count(*) FROM %1 t WHERE t.%2 IS NOT NULL AND NOT EXISTS "
                           "(SELECT 1 FROM %3 p WHERE p.%4 = t.%2)")
                .arg(table, column, parent, keys.value(3).toString()));
        const qint64 count = orphans.scalar().toLongLong();
        if (count > 0) {
            problems << QStringLiteral("%1: %2 rows whose %3 points to no row of %4")
                            .arg(table)
                            .arg(count)
                            .arg(column, parent);
        }
    }
    return problems;
}

} // namespace mestring::core
