#pragma once

#include <QStringList>

namespace mestring::core {

class Database;

/// What the database engine finds wrong with the stored data itself: damaged pages or indexes
/// and rows whose references point nowhere (SQLite's integrity_check and foreign_key_check),
/// or constraints and indexes a server has not validated. Empty when sound.
QStringList integrityProblems(const Database &db);

} // namespace mestring::core
