#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace mestring::core {

class Database;

// SQLite's C API for what Qt's driver does not offer: the online backup API, quick_check on a
// connection of its own, a commit hook. SQLite-only, so it stays in storage/ (docs/decisions.md,
// "SQLite files shared by several programs").

/// The sqlite3 handle under a Database's Qt connection (Debian's QSQLITE plugin and this program
/// use the same system libsqlite3). Null when the connection is not open or not SQLite.
sqlite3 *sqliteHandle(const Database &db);

/// True for SQLite's result codes that mean the file itself is damaged: SQLITE_CORRUPT and
/// SQLITE_NOTADB (extended codes included).
bool isDamageCode(int code);

/// A connection of its own to a database file, straight through SQLite (no Qt connection name),
/// for the backup API and checks on other threads. Closed when the object goes.
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };

    /// Opens `path`; throws StorageError with `failure` as the message when it cannot.
    SqliteConnection(const QString &path, Mode mode, int busyTimeoutMs, const QString &failure);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    sqlite3 *handle() const { return m_handle; }
    /// Runs statements without rows (pragmas); returns SQLite's result code.
    int exec(const char *sql);
    /// The text of the last error on this connection.
    QString errorText() const;
    /// The first column of every row `sql` returns (pragmas such as quick_check); `ok` false and
    /// the rows read so far when a step fails.
    QStringList column(const char *sql, bool *ok, int *code = nullptr);

private:
    sqlite3 *m_handle = nullptr;
};

} // namespace mestring::core
