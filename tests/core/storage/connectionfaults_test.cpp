// Faults between a PC and the server (issue 17): the server ends the session or restarts, the
// network drops for a while, a COMMIT's answer is lost. The program says so, connects again by
// itself, repeats only what is safe to repeat, and never saves anything twice or by halves.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>

#include "core/storage/changefeed.h"
#include "core/storage/database.h"
#include "core/storage/serveradmin.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/unitofwork.h"
#include "support/faultproxy.h"
#include "support/testdatabase.h"
#include "support/testserver.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// A database on the test server reached through a FaultProxy, with a counter to add one to.
struct Faults
{
    TestServerDatabase server;
    FaultProxy proxy {server.location().host(), server.location().port()};
    Database db {TestDatabase::uniqueConnectionName()};
    Database direct {TestDatabase::uniqueConnectionName()};

    Faults()
    {
        const DatabaseLocation at = server.location();
        db.open(DatabaseLocation::parse(
                    QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable&schema=%4")
                        .arg(at.user())
                        .arg(proxy.port())
                        .arg(at.databaseName(), at.schema())),
            Database::OpenMode::MustExist);
        direct.open(at, Database::OpenMode::MustExist);
        execSql(direct, QStringLiteral("INSERT INTO settings (key, value) VALUES ('n', '0')"));
    }

    // One unit of work: reads the counter and writes it plus one.
    void addOne(int *attempts = nullptr)
    {
        runInTransaction(
            db,
            [&] {
                SqlQuery read(db, QStringLiteral("SELECT value FROM settings WHERE key = 'n'"));
                const int n = read.scalar().toInt();
                SqlQuery write(db, QStringLiteral("UPDATE settings SET value = ? WHERE key = 'n'"));
                write.bind(QString::number(n + 1)).exec();
            },
            RetryPolicy {}, attempts);
    }
    int counter()
    {
        return SqlQuery(direct, QStringLiteral("SELECT value FROM settings WHERE key = 'n'"))
            .scalar()
            .toInt();
    }
    int clientCount()
    {
        return SqlQuery(db, QStringLiteral("SELECT count(*) FROM clients")).scalar().toInt();
    }
};

} // namespace

TEST_CASE("A session the server ended is connected again by itself: a read is repeated and a "
          "unit of work runs again whole",
    "[core][storage][faults][postgresql]")
{
    Faults f;
    const qint64 before = f.db.sessionId();
    execSql(f.direct, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(before));
    CHECK(f.clientCount() == 0); // read on a new connection, without a word
    CHECK(f.db.sessionId() != before);
    CHECK_FALSE(f.db.connectionLost());

    execSql(f.direct, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(f.db.sessionId()));
    int attempts = 0;
    f.addOne(&attempts);
    CHECK(f.counter() == 1);
}

TEST_CASE("A session ended in the middle of a unit of work: nothing of it is kept, and it runs "
          "again once",
    "[core][storage][faults][postgresql]")
{
    Faults f;
    int attempts = 0;
    bool ended = false;
    runInTransaction(
        f.db,
        [&] {
            execSql(
                f.db, QStringLiteral("UPDATE settings SET value = value || 'x' WHERE key = 'n'"));
            if (!ended) {
                ended = true;
                execSql(f.direct,
                    QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(f.db.sessionId()));
            }
            execSql(
                f.db, QStringLiteral("UPDATE settings SET value = value || 'y' WHERE key = 'n'"));
        },
        RetryPolicy {}, &attempts);
    CHECK(attempts == 2);
    CHECK(SqlQuery(f.direct, QStringLiteral("SELECT value FROM settings WHERE key = 'n'"))
              .scalar()
              .toString()
        == QStringLiteral("0xy"));
}

TEST_CASE("A COMMIT whose answer the network lost is looked up on the server: done once, never "
          "twice",
    "[core][storage][faults][postgresql]")
{
    Faults f;
    int attempts = 0;
    SECTION("it reached the server: saved, and not repeated")
    {
        f.proxy.cutAtNextCommit(true);
        f.addOne(&attempts);
        CHECK(attempts == 1);
    }
    SECTION("it never reached the server: nothing saved, so the unit of work runs again")
    {
        f.proxy.cutAtNextCommit(false);
        f.addOne(&attempts);
        CHECK(attempts == 2);
    }
    CHECK(f.proxy.commitsCut() == 1);
    CHECK(f.counter() == 1);
    CHECK_FALSE(f.db.connectionLost());
}

TEST_CASE("While the server cannot be reached a save is refused in plain words and changes "
          "nothing; once it answers, the save is made once",
    "[core][storage][faults][postgresql]")
{
    Faults f;
    f.proxy.setDown(true);
    try {
        f.addOne();
        FAIL("saved without a server");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::ConnectionLost);
        CHECK(error.message().contains(QStringLiteral("connection")));
    }
    CHECK_THROWS_AS(f.clientCount(), StorageError);
    CHECK(f.db.connectionLost());
    CHECK(f.counter() == 0);

    f.proxy.setDown(false);
    f.addOne();
    CHECK(f.counter() == 1);
}

TEST_CASE("A COMMIT lost with the network still away is not repeated; when it is back, the "
          "user hears once that it was saved",
    "[core][storage][faults][postgresql]")
{
    Faults f;
    f.proxy.cutAtNextCommit(true, true);
    int attempts = 0;
    try {
        f.addOne(&attempts);
        FAIL("a commit without an answer was reported as saved");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::OutcomeUnknown);
        CHECK(error.message().contains(QStringLiteral("Do not save it again")));
    }
    CHECK(attempts == 1);
    f.proxy.setDown(false);
    try {
        f.clientCount();
        FAIL("the lost commit's outcome was not told");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::OutcomeUnknown);
        CHECK(error.message().contains(QStringLiteral("saved after all")));
    }
    CHECK(f.clientCount() == 0); // told once
    CHECK(f.counter() == 1);
}

TEST_CASE("The live lists' feed says when the server went away and when it is back",
    "[core][storage][faults][postgresql]")
{
    Faults f;
    ChangeFeed feed(f.db);
    std::vector<bool> reachable;
    std::vector<QSet<QString>> changed;
    QObject::connect(&feed, &ChangeFeed::reachableChanged, [&](bool r) { reachable.push_back(r); });
    QObject::connect(
        &feed, &ChangeFeed::changed, [&](const QSet<QString> &t) { changed.push_back(t); });
    auto waitFor = [](std::size_t count, const std::vector<bool> &seen, int ms) {
        QDeadlineTimer deadline(ms);
        while (seen.size() < count && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        return seen.size() >= count;
    };
    f.proxy.setDown(true);
    REQUIRE(waitFor(1, reachable, 15000));
    CHECK(reachable[0] == false);
    CHECK_FALSE(feed.reachable());
    f.proxy.setDown(false);
    REQUIRE(waitFor(2, reachable, 25000));
    CHECK(reachable[1] == true);
    CHECK(feed.reachable());
    REQUIRE_FALSE(changed.empty());
    CHECK(changed.back().isEmpty()); // anything may have changed meanwhile
}
