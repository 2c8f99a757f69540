#include <catch2/catch.hpp>

#include "core/storage/closeddayrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/unitofwork.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

int rows(const Database &db)
{
    return SqlQuery(db, QStringLiteral("SELECT count(*) FROM closed_days")).scalar().toInt();
}

void addDay(const Database &db, const QDate &day)
{
    ClosedDayRepository(db).insert({day, QStringLiteral("Lukket")});
}

StorageError failure(StorageError::Kind kind)
{
    return StorageError(QStringLiteral("test"), QStringLiteral("driver"), kind);
}

} // namespace

TEST_CASE("A unit of work that another writer made give up runs again from the start, and only "
          "the last run's writes are kept",
    "[core][storage][unitofwork]")
{
    TestDatabase store;
    int attempts = 0;
    runInTransaction(store.db(), [&] {
        addDay(store.db(), QDate(2025, 12, 24));
        if (attempts < 3) throw failure(StorageError::Kind::Busy);
    }, {}, &attempts);
    CHECK(attempts == 3);
    CHECK(rows(store.db()) == 1);
}

TEST_CASE("A unit of work is retried a bounded number of times, then the failure reaches the "
          "caller with nothing written",
    "[core][storage][unitofwork]")
{
    TestDatabase store;
    int attempts = 0;
    CHECK_THROWS_AS(runInTransaction(store.db(), [&] {
        addDay(store.db(), QDate(2025, 12, 24));
        throw failure(StorageError::Kind::Busy);
    }, RetryPolicy {3, true}, &attempts),
        StorageError);
    CHECK(attempts == 3);
    CHECK(rows(store.db()) == 0);
}

TEST_CASE("A unit of work retries a unique violation only when its policy says so, and never a "
          "refusal, nor a lost connection that was not its own (connectionfaults_test.cpp)",
    "[core][storage][unitofwork]")
{
    TestDatabase store;
    int attempts = 0;
    const auto unique = [&] { throw failure(StorageError::Kind::UniqueViolation); };
    CHECK_THROWS(runInTransaction(store.db(), unique, RetryPolicy {4, false}, &attempts));
    CHECK(attempts == 1);
    CHECK_THROWS(runInTransaction(store.db(), unique, RetryPolicy {4, true}, &attempts));
    CHECK(attempts == 4);
    for (StorageError::Kind kind : {StorageError::Kind::Refused,
             StorageError::Kind::ConnectionLost, StorageError::Kind::Other}) {
        CHECK_THROWS(runInTransaction(store.db(), [&] { throw failure(kind); }, {}, &attempts));
        CHECK(attempts == 1);
    }
}

TEST_CASE("A real unique violation inside a unit of work is rolled back and run again, where "
          "the work's own check then sees the other row",
    "[core][storage][unitofwork]")
{
    TestStoredDatabase store;
    Database other(TestDatabase::uniqueConnectionName());
    other.open(store.location(), Database::OpenMode::MustExist);
    const QDate day(2025, 12, 31);
    // Another desk stores the day after this unit's check read that it was free: the check
    // below looks only from the second attempt on, as if the first had read before the other
    // desk's commit.
    addDay(other, day);
    int attempts = 0;
    bool seenTaken = false;
    runInTransaction(store.db(), [&] {
        if (attempts > 1 && rows(store.db()) > 0) {
            seenTaken = true; // the rule's own refusal would go here
            return;
        }
        addDay(store.db(), day);
    }, {}, &attempts);
    CHECK(attempts == 2);
    CHECK(seenTaken);
    CHECK(rows(store.db()) == 1);
}
