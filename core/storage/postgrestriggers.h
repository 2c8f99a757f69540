#pragma once

#include <QString>

namespace mestring::core {

// The building blocks of the schema steps' PostgreSQL triggers (schema v2 onwards). The
// refusals raise SQL state P0001 with the rule's text, like SQLite's RAISE(ABORT, ...).

/// `CREATE FUNCTION name() RETURNS trigger ...` up to its body: PL/pgSQL that keeps the search
/// path it was created with, so a session of any other tool (another search path) is refused
/// alike.
QString pgTriggerFunctionHead(const char *name);

/// A row trigger `name` on `table` before `event`, when `condition` holds (no subqueries:
/// PostgreSQL allows none in WHEN), running `function` with the message as its first argument
/// (and `argument` as the second).
QString pgTrigger(const char *name, const char *event, const char *table, const QString &condition,
    const char *function, const char *message, const char *argument = nullptr);

/// "NEW.c IS DISTINCT FROM OLD.c OR ..." for each of `columns`.
QString pgAnyChanged(std::initializer_list<const char *> columns);

} // namespace mestring::core
