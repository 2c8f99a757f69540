#include "rowinserter.h"

#include "backend.h"
#include "database.h"

namespace mestring::core {

namespace {

// A statement of 200 rows of access-log entries is about 60 kB on a server: round trips, not
// the text, are what costs there.
constexpr qsizetype rowsPerServerStatement = 200;

} // namespace

RowInserter::RowInserter(const Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_insert(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(u", ")))
    , m_row(QLatin1Char('(') + placeholderList(columns.size()) + QLatin1Char(')'))
    , m_columns(columns.size())
    , m_perStatement(db.backend().prefersBatches() ? rowsPerServerStatement : 1)
{
}

void RowInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns);
    m_pending += row;
    if (m_pending.size() < m_perStatement * m_columns) return;
    if (!m_full) m_full.emplace(m_db, statementOf(m_perStatement));
    write(*m_full);
}

void RowInserter::finish()
{
    if (m_pending.isEmpty()) return;
    SqlQuery rest(m_db, statementOf(m_pending.size() / m_columns));
    write(rest);
}

QString RowInserter::statementOf(qsizetype rows) const
{
    return m_insert + QStringList(rows, m_row).join(u", ");
}

void RowInserter::write(SqlQuery &insert)
{
    for (const QVariant &value : std::as_const(m_pending))
        insert.bind(value);
    m_pending.clear();
    insert.exec();
}

} // namespace mestring::core
