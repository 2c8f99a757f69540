#pragma once

#include <utility>
#include <vector>

#include <QString>

namespace mestring::core {

class Database;

/// How many records each top-level list of the interchange document holds in the database,
/// in the document's order ("staff", "clients", ... "notes"): summaries after an import or a
/// demo, without loading the records.
std::vector<std::pair<QString, qint64>> recordCounts(const Database &db);

} // namespace mestring::core
