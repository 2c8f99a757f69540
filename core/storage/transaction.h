#pragma once

#include <QSqlDatabase>

namespace mestring::core {

class Database;

/// RAII transaction: begins in the constructor, rolls back in the destructor unless commit()
/// was called. Every write that touches more than one row goes through one.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Throws StorageError when the commit fails (the transaction is then rolled back).
    void commit();

private:
    const Database &m_db;
    bool m_done = false;
};

/// A read-only transaction: every query inside reads the same state of the database while other
/// connections go on writing (a deferred read transaction; SQLite's WAL and PostgreSQL give it a
/// snapshot). It takes no write lock, so other programs are never kept waiting by it. It only
/// reads, so it always ends in a rollback.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_connection;
    bool m_open = false;
};

} // namespace mestring::core
