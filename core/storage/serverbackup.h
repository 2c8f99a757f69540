#pragma once

#include <QDateTime>
#include <QString>

#include "backend.h"
#include "sqlitefiles.h"

namespace mestring::core {

class Database;
class DatabaseLocation;

// Backups of a server database with the tools made for it: pg_dump writes Mestring's schema in
// its custom format; pg_restore reads it back. A backup is checked by restoring it into a
// scratch database on the same server and opening that as the program does; a restore swaps
// the checked scratch database in by renaming, so the replaced one is kept. Used through the
// PostgreSQL backend (Backend::writeBackup ...), never directly.

/// pg_dump --format=custom of `db`'s schema into `target`. Throws StorageError.
void writeServerBackup(const Database &db, const QString &target);

/// Restores `backupFile` into a scratch database beside `server`'s and checks it as the
/// program opens a database (a Mestring schema this program knows, nothing damaged); the
/// scratch database is dropped again.
DatabaseFileCheck checkServerBackup(const DatabaseLocation &server, const QString &backupFile);

/// Replaces `server`'s database by `backupFile`: restored into a scratch database and checked,
/// then handed to `steps.prepare`, then renamed into place; the replaced database is renamed to the name returned
/// (<name>_before_restore_YYYYMMDD_HHMMSS). Refused while any other session is connected to
/// it. Throws StorageError; on failure the database is unchanged.
RestoredBackup replaceServerDatabase(const QString &backupFile, const DatabaseLocation &server,
    const QDateTime &now, const RestoreSteps &steps);

/// The pg_dump or pg_restore to run: the newest of Debian's /usr/lib/postgresql/N/bin, else
/// the one on the PATH; empty when there is none.
QString postgresTool(const QString &name);

} // namespace mestring::core
