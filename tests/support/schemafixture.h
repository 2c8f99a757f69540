#pragma once

#include <QString>

namespace mestring::test {

/// Builds a database file at `path` from a schema fixture (tests/data/schemas/vN.sql): SQL
/// statements ending in ";" at a line end, "--" comment lines ignored. Raw SQLite, no
/// migration: the file stays at the fixture's version until core::Database opens it.
void createFromFixture(const QString &fixture, const QString &path);

/// Runs `statements` on the file at `path` over a raw connection (no migration, no pragmas):
/// rows as an old version of the program would have written them. False on the first failure.
bool execRaw(const QString &path, const QStringList &statements);

} // namespace mestring::test
