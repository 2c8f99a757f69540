#pragma once

#include <memory>
#include <utility>
#include <vector>

#include <QString>

#include "sqlquery.h"

namespace mestring::core {

class Database;

/// Write statements prepared on first use and reused afterwards, so a repository that inserts
/// a million rows prepares its INSERT once. A statement is prepared again when the Database
/// was closed and reopened meanwhile (the old one would belong to a removed connection).
class StatementCache
{
public:
    explicit StatementCache(const Database &db)
        : m_db(db)
    {
    }
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// The prepared statement for `sql`; bind its values and exec() it. Not for SELECTs whose
    /// rows are still being read while the same statement is asked for again.
    SqlQuery &get(const QString &sql);

private:
    const Database &m_db;
    std::vector<std::pair<QString, std::unique_ptr<SqlQuery>>> m_statements;
};

} // namespace mestring::core
