#pragma once

namespace mestring::core {

class Database;

/// RAII read-only transaction: every query while it lives sees the same committed state of the
/// database, even while other connections write (SQLite's WAL snapshot; a server's repeatable
/// read). It only reads, so it always ends in a rollback. Not for use inside a transaction.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    const Database &m_db;
    bool m_open = false;
};

} // namespace mestring::core
