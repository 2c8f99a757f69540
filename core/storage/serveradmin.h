#pragma once

#include <QString>
#include <QStringList>

#include "databaselocation.h"

namespace mestring::core {

/// An administrator's connection to a PostgreSQL server's maintenance database, for what no
/// Mestring database can do from inside itself: creating and dropping databases and logins.
/// Used by `mestring-cli server-init`, by backup verification (a scratch database) and by the
/// tests (a database of their own). Throws StorageError.
class ServerAdmin
{
public:
    /// Connects to `server` with the server's maintenance database (`postgres`) unless
    /// `maintenanceDatabase` names another.
    explicit ServerAdmin(const DatabaseLocation &server,
        const QString &maintenanceDatabase = QStringLiteral("postgres"));
    ~ServerAdmin();
    ServerAdmin(const ServerAdmin &) = delete;
    ServerAdmin &operator=(const ServerAdmin &) = delete;

    bool databaseExists(const QString &name) const;
    /// The server's databases, by name.
    QStringList databases() const;
    /// A new, empty database in UTF-8 whose text sorts by code point (as SQLite's), owned by
    /// `owner` when given; or a copy of `templateName`.
    void createDatabase(const QString &name, const QString &owner = {},
        const QString &templateName = {}) const;
    /// Drops `name`, ending any connection still open to it.
    void dropDatabase(const QString &name) const;
    bool roleExists(const QString &name) const;
    /// Whether a function of that name is on the connection's search path.
    bool functionExists(const QString &name) const;
    /// A login role with `password` (stored as a SCRAM hash by the server).
    void createLogin(const QString &name, const QString &password) const;
    /// Runs `sql` (administrative statements only; no user data). Throws StorageError.
    void exec(const QString &sql) const;
    /// An advisory lock held until unlock() or the connection ends: one process at a time
    /// creates a shared template.
    void lock(qint64 key) const;
    void unlock(qint64 key) const;
    /// Takes the advisory lock `key` if no one holds it; held until the connection ends.
    bool tryLock(qint64 key) const;

    /// `name` quoted as an SQL identifier.
    static QString identifier(const QString &name);

private:
    QString m_name;
};

} // namespace mestring::core
