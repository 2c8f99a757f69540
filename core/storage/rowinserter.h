#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QVariant>

#include "sqlquery.h"

namespace mestring::core {

/// Inserts many rows into one table inside the caller's transaction: on a server a few hundred
/// rows a statement (each statement is a round trip), on a file one prepared statement a row
/// (Backend::prefersBatches). The values are bound, never built into the SQL text.
class RowInserter
{
public:
    RowInserter(const Database &db, const QString &table, const QStringList &columns);

    /// Adds one row, its values in the order of the columns; may run a statement.
    void add(const QVariantList &row);
    /// Runs what add() has not written yet. Call before the transaction commits.
    void finish();

private:
    QString statementOf(qsizetype rows) const;
    void write(SqlQuery &insert);

    const Database &m_db;
    const QString m_insert; // "INSERT INTO table (columns) VALUES "
    const QString m_row; // "(?, ?, ...)"
    const qsizetype m_columns;
    const qsizetype m_perStatement;
    QVariantList m_pending;
    std::optional<SqlQuery> m_full; // the statement of m_perStatement rows, prepared once
};

} // namespace mestring::core
