#pragma once

#include <QStringList>

namespace mestring::core {

class Database;

/// The schema version this program writes (PRAGMA user_version).
int latestSchemaVersion();

/// Runs every pending migration step in one transaction. A released step is never edited;
/// a change to the schema is a new step at the end of the ladder.
void migrateToLatest(const Database &db);

/// The SQL statements of one step (1-based), for tests that rebuild old schemas.
QStringList migrationStep(int version);

} // namespace mestring::core
