#pragma once

#include <memory>

#include <QString>

#include "core/storage/databaselocation.h"

namespace mestring::core {
class ServerAdmin;
}

namespace mestring::test {

/// True when this test run is the one on PostgreSQL: MESTRING_TEST_SERVER names the file in
/// which tests/support/pgcluster.sh wrote the address of the server it started. The same test
/// then runs against a database of its own on that server instead of an SQLite database.
bool onTestServer();

/// The test server's address (its maintenance database). Throws std::runtime_error when the
/// server's file is missing or unreadable: a missing server fails the test, never skips it.
core::DatabaseLocation testServer();

/// A database of its own on the test server for one test, with the latest schema and nothing in
/// it. Creating a database for every test costs a copy of the template's catalogs (about a
/// second on a busy machine), so finished tests hand theirs back to a pool: the next test
/// claims a free one (an advisory lock held while in use, released even if the test crashes),
/// which is emptied and put back to the schema's state (rows, sequences, triggers, version).
class TestServerDatabase
{
public:
    enum class Kind {
        Migrated, // the latest schema, no rows (from the pool)
        Empty, // no Mestring schema at all (made for the test, dropped after it)
    };

    explicit TestServerDatabase(Kind kind = Kind::Migrated);
    ~TestServerDatabase();
    TestServerDatabase(const TestServerDatabase &) = delete;
    TestServerDatabase &operator=(const TestServerDatabase &) = delete;

    /// Where the database is, with Mestring's schema in it.
    const core::DatabaseLocation &location() const { return m_location; }

    /// An empty database on the test server (no Mestring schema), dropped with the object.
    static TestServerDatabase empty() { return TestServerDatabase(Kind::Empty); }

private:
    core::DatabaseLocation m_location;
    std::unique_ptr<core::ServerAdmin> m_claim; // holds the pool slot's lock while in use
};

} // namespace mestring::test
