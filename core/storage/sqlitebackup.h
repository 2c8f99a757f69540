#pragma once

#include <functional>

#include <QString>

namespace mestring::core {

class Database;

// Whole-database copies through SQLite's online backup API (sqlite3_backup_*): SQLite takes
// its own locks for them, so they are safe while other programs have the file open. Nothing here
// removes, renames or replaces a database file or its -wal/-shm companions (docs/decisions.md,
// "SQLite files shared by several programs").

/// What the header of an existing database file says, read without changing it.
struct DatabaseFileHeader
{
    bool exists = false; // a file with content; a missing or empty file is not a database yet
    bool readable = false; // SQLite can read it as a database (its first page is sound)
    int applicationId = 0;
    int tableCount = 0;
    int pageSize = 0;
    QString driverText; // what SQLite said when it could not read the file
};
DatabaseFileHeader readDatabaseHeader(const QString &path);

/// Copies the database at `source` page by page into the new file `target` (which must not
/// exist) and flushes it to the disk. The source is read in one read transaction, so the copy is
/// one consistent state while other programs go on writing; pages are copied as they are, a
/// damaged one too. Throws StorageError.
void copyDatabaseFile(const QString &source, const QString &target);

/// Makes the open database `db` ready to be the source of restoreDatabaseInto() for a database
/// of `pageSize` bytes a page (0: any): back to a rollback journal, so closing it leaves no
/// -wal/-shm behind, and VACUUMed to that page size where it differs (SQLite copies into a WAL
/// database only between equal page sizes). Throws StorageError.
void makeRestorable(const Database &db, int pageSize);

/// Copies the open database `db` page by page into the new file `target` (copyDatabaseFile):
/// a backup. The copy is the database as it was at one moment, page for page, so checking the
/// copy checks the database. Throws StorageError.
void copyDatabase(const Database &db, const QString &target);

/// Replaces the content of the database at `target` (created when missing) by the database at
/// `source`, as one write transaction: programs that have `target` open wait for SQLite's write
/// lock like for any other write and then read the new content. Under that same lock, before
/// anything is replaced, the database as it is is copied to `safetyCopy` (written under a
/// temporary name and renamed when complete; none when `safetyCopy` is empty), so the copy holds
/// exactly what the restore replaces. `onLocked` is called once the write lock is held. The two
/// files must have the same page size. Waits up to `waitMs` for the write lock. Throws
/// StorageError; then `target` is unchanged.
void restoreDatabaseInto(const QString &source, const QString &target, const QString &safetyCopy,
    int waitMs, const std::function<void()> &onLocked = {});

} // namespace mestring::core
