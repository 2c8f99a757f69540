#pragma once

#include "readsnapshot.h" // the read-only transaction, beside the writing one

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

/// Inside a write transaction: waits until no other connection appends to `table`, so an
/// append-only chain (the access log's hashes) grows by one writer at a time. A file's write
/// transaction holds that lock already; a server takes a table lock until the transaction ends.
void lockForAppend(const Database &db, const char *table);

} // namespace mestring::core
