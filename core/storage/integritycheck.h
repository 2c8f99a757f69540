#pragma once

#include <QStringList>

namespace mestring::core {

class Database;

/// What the database engine finds wrong with the file itself: damaged pages or indexes
/// (SQLite's integrity_check) and rows whose references point nowhere (foreign_key_check).
/// Empty when the file is sound. SQLite-specific, so it lives here in storage.
QStringList integrityProblems(const Database &db);

} // namespace mestring::core
