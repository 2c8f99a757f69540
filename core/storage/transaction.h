#pragma once

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

} // namespace mestring::core
