#pragma once

#include <functional>

#include <QString>

namespace mestring::core {

class Database;

/// Creates the new database file `path` whole or not at all (a demo, an init, an import into a
/// new file): the latest schema and what `fill` writes go into a file under a temporary name
/// beside it, which is moved to `path` once `fill` returned true and its connection is closed.
/// When `fill` returns false or throws, or another program created `path` meanwhile, the
/// temporary file is removed (SQLite removed its own -wal and -shm when the connection closed),
/// nothing is at `path`, and false is returned or the exception passed on. Nothing is ever
/// removed at `path` itself: another program may have opened it. Throws StorageError.
bool createDatabaseFile(const QString &path, const std::function<bool(Database &)> &fill);

/// The same for a file path or a server address: on a server, Mestring's schema is made in the
/// database when it has none, and removed again when `fill` returns false or throws (a server
/// database holding Mestring's schema is filled as it is: `fill` decides whether to write).
bool createDatabase(const QString &pathOrAddress, const std::function<bool(Database &)> &fill);

} // namespace mestring::core
