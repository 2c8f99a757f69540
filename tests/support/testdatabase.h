#pragma once

#include <QString>
#include <QTemporaryDir>

#include "core/storage/database.h"

namespace mestring::test {

/// A fresh database with every migration applied, on a connection name no other test uses
/// (style.md). In memory by default; onFile() for tests that need a real file (hashing it,
/// the command-line tool, WAL).
class TestDatabase
{
public:
    TestDatabase();
    static QString uniqueConnectionName();

    core::Database &db() { return m_db; }
    operator const core::Database &() const { return m_db; }

private:
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

/// SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray fileHash(const QString &path);

} // namespace mestring::test
