#pragma once

#include <optional>

#include <QString>
#include <QTemporaryDir>

#include "core/storage/database.h"
#include "testserver.h"

namespace mestring::test {

/// A fresh database with every migration applied, on a connection name no other test uses
/// (style.md). In memory by default; in the run on PostgreSQL (onTestServer()) a database of
/// its own on the test server, dropped afterwards.
class TestDatabase
{
public:
    TestDatabase();
    static QString uniqueConnectionName();

    core::Database &db() { return m_db; }
    operator const core::Database &() const { return m_db; }
    /// Where the database is, to open another connection to it. Only on the server: an
    /// in-memory database is its one connection's alone.
    core::DatabaseLocation location() const { return m_db.location(); }

private:
    std::optional<TestServerDatabase> m_server; // outlives m_db: dropped after it closes
    core::Database m_db;
};

/// A database file in its own temporary directory, removed with it.
class TestDatabaseFile
{
public:
    TestDatabaseFile();

    QString path() const { return m_path; }
    QString dirPath() const { return m_dir.path(); }
    core::Database &db() { return m_db; }
    operator const core::Database &() const { return m_db; }
    /// Closes the connection so the file holds everything (WAL checkpointed) and can be hashed
    /// or handed to another process.
    void close() { m_db.close(); }
    void reopen() { m_db.open(m_path, core::Database::OpenMode::MustExist); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    core::Database m_db;
};

/// A database that another connection or process can open too, closed and opened again: a
/// file, or in the run on PostgreSQL a database of its own on the test server.
class TestStoredDatabase
{
public:
    TestStoredDatabase();

    /// What `--db` and Database::open take: the file's path or the server address.
    QString address() const;
    core::DatabaseLocation location() const { return m_location; }
    core::Database &db() { return m_db; }
    operator const core::Database &() const { return m_db; }
    void close() { m_db.close(); }
    void reopen() { m_db.open(m_location, core::Database::OpenMode::MustExist); }

private:
    QTemporaryDir m_dir;
    std::optional<TestServerDatabase> m_server;
    core::DatabaseLocation m_location;
    core::Database m_db;
};

/// SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray fileHash(const QString &path);

} // namespace mestring::test
