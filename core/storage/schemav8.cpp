#include "schemav8.h"

namespace mestring::core {

namespace {

// A row's CPR number as uniqueness is decided (core/domain/cpr.h normalizedCpr for a number
// that parses: without the dash, letters of a replacement number in upper case).
QString normalised(const QString &row)
{
    return QStringLiteral("UPPER(REPLACE(TRIM(%1.cpr), '-', ''))").arg(row);
}

} // namespace

QStringList schemaV8(SqlEngine)
{
    QStringList statements;
    // `version` counts the saves of a row: a save states the version it was read at and is
    // refused when the row has moved on (no silent overwrite). `changed_by`/`changed_at` say
    // who saved the current version and when (centre time), for the refusal's message.
    for (const char *table : {"clients", "courses", "goals", "appointments"}) {
        const auto name = QLatin1StringView(table);
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
                          .arg(name)
                   << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT").arg(name)
                   << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT").arg(name);
    }
    // The unique index on `cpr` decides on the normalised number once every row holds it. Two
    // rows already holding one number in two forms ("010180-1234" and "0101801234") cannot both
    // become normalised: the first stored (or the one already normalised) is, the other keeps
    // its typed form, and `check` reports the pair for a person to merge. The condition reads
    // the same whether or not the statement sees its own earlier changes.
    statements << QStringLiteral("UPDATE clients SET cpr = %1 WHERE cpr IS NOT NULL AND cpr <> %1 "
                                 "AND NOT EXISTS (SELECT 1 FROM clients o WHERE o.id <> clients.id "
                                 "AND %2 = %1 AND (o.cpr = %2 OR o.seq < clients.seq))")
                      .arg(normalised(QStringLiteral("clients")), normalised(QStringLiteral("o")));
    return statements;
}

} // namespace mestring::core
