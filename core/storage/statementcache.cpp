#include "statementcache.h"

#include <QSqlDriver>

#include "database.h"

namespace mestring::core {

SqlQuery &StatementCache::get(const QString &sql)
{
    const QSqlDriver *driver = m_db.connection().driver();
    for (auto &[text, statement] : m_statements) {
        if (text != sql) continue;
        if (statement->raw().driver() != driver) statement = std::make_unique<SqlQuery>(m_db, sql);
        return *statement;
    }
    m_statements.emplace_back(sql, std::make_unique<SqlQuery>(m_db, sql));
    return *m_statements.back().second;
}

} // namespace mestring::core
