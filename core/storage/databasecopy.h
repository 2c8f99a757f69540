#pragma once

#include <functional>
#include <utility>
#include <vector>

#include <QString>

namespace mestring::core {

class Database;

/// Rows per table, in the order copyDatabase() fills them.
using TableRows = std::vector<std::pair<QString, qint64>>;

/// Copies every row of every Mestring table from `from` to `to` (a file to a server or back),
/// each row as stored: the access log with its hash chain, purge anchors, disposals and
/// settings included. Both are open at the same (latest) schema; `to` must hold no rows.
/// Parents go before the rows that refer to them, in one transaction on `to`, so a failure
/// leaves it as empty as it was. `progress` hears each table when it is done. Throws
/// StorageError.
TableRows copyDatabase(const Database &from, const Database &to,
    const std::function<void(const QString &table, qint64 rows)> &progress = {});

/// Rows per Mestring table (the copy's order): what copyDatabase() would move.
TableRows tableRows(const Database &db);

} // namespace mestring::core
