#pragma once

#include <QStringList>

namespace mestring::core {

class Backend;
class Database;

/// The schema version this program writes (SQLite's user_version, a server schema's
/// schema_version).
int latestSchemaVersion();

/// Runs every pending migration step in one transaction. A released step is never edited;
/// a change to the schema is a new step at the end of the ladder. One ladder for both engines:
/// a step's statements are portable (with the type words of Backend::schemaSql) except where
/// an engine needs its own (SQLite's triggers, PostgreSQL's trigger functions and sequences).
void migrateToLatest(const Database &db);

/// Migrates only up to `version` (tests that build the schema of an older release).
void migrateTo(const Database &db, int version);

/// The statements of one step (1-based) as `backend`'s engine runs them.
QStringList migrationStep(const Backend &backend, int version);

} // namespace mestring::core
