#pragma once

#include <QString>

#include "core/storage/databaselocation.h"

namespace mestring::test {

/// True when this test run is the one on PostgreSQL: MESTRING_TEST_SERVER names the file in
/// which tests/support/pgcluster.sh wrote the address of the server it started. The same test
/// then runs against a database of its own on that server instead of an SQLite database.
bool onTestServer();

/// The test server's address (its maintenance database). Throws std::runtime_error when the
/// server's file is missing or unreadable: a missing server fails the test, never skips it.
core::DatabaseLocation testServer();

/// A database of its own on the test server for one test, a copy of a template migrated to the
/// latest schema (made once per schema and shared by every test); dropped again afterwards.
class TestServerDatabase
{
public:
    TestServerDatabase();
    ~TestServerDatabase();
    TestServerDatabase(const TestServerDatabase &) = delete;
    TestServerDatabase &operator=(const TestServerDatabase &) = delete;

    /// Where the database is, with Mestring's schema in it.
    const core::DatabaseLocation &location() const { return m_location; }

    /// An empty database on the test server (no Mestring schema), dropped with the object.
    static TestServerDatabase empty();

private:
    explicit TestServerDatabase(bool fromTemplate);

    core::DatabaseLocation m_location;
};

} // namespace mestring::test
