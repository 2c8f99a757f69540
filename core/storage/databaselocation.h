#pragma once

#include <utility>

#include <QList>
#include <QString>

namespace mestring::core {

/// Where a Mestring database lives: an SQLite file on this computer, or a database on a
/// PostgreSQL server. Whatever opens a connection of its own (a report worker, a backup, a
/// page) is handed one of these, never a file path.
class DatabaseLocation
{
public:
    /// The PostgreSQL schema that holds Mestring's tables unless the address names another.
    static constexpr const char *defaultSchema = "mestring";

    DatabaseLocation() = default;
    static DatabaseLocation file(const QString &path);
    /// What `--db` and the login dialog take: `postgresql://user@host:port/name` (also
    /// `postgres://`, with optional `?sslmode=...&schema=...`) is a server, anything else a
    /// file path. Throws StorageError with a message for the user on a malformed address.
    static DatabaseLocation parse(const QString &text);
    static bool looksLikeServer(const QString &text);
    /// A name that can stand in SQL without quoting: a-z, 0-9 and _, not starting with a digit.
    static bool isPlainIdentifier(const QString &name);

    bool isValid() const { return !m_file.isEmpty() || !m_database.isEmpty(); }
    bool isServer() const { return !m_database.isEmpty(); }
    bool isFile() const { return !m_file.isEmpty(); }

    QString filePath() const { return m_file; }

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_database; }
    QString schema() const { return m_schema; }
    /// libpq connection keywords beyond host, port, user and database (sslmode, sslrootcert,
    /// connect_timeout ...), as `key=value` pairs separated by spaces, values quoted.
    QString connectOptions() const;
    /// A server on this machine (a Unix socket or the loopback address): no network between.
    bool isLocalServer() const;

    /// The same server with another database (an administrator's maintenance database, a
    /// scratch database to verify a backup in).
    DatabaseLocation withDatabase(const QString &name) const;
    DatabaseLocation withSchema(const QString &schema) const;
    DatabaseLocation withPassword(const QString &password) const;
    /// The same server and database as another login (a staff member's own).
    DatabaseLocation withLogin(const QString &user, const QString &password) const;
    /// Everything libpq needs to connect (host, port, database, user, password and the
    /// options), as one connection string with each value quoted.
    QString libpqConnectionString() const;

    /// The file path, or the server's address without any password: for messages, settings
    /// and the command line.
    QString displayText() const;

    bool operator==(const DatabaseLocation &other) const;

private:
    QString m_file;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
    QString m_schema;
    QList<std::pair<QString, QString>> m_options;
};

} // namespace mestring::core
