#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"
#include "support/tamper.h"
#include "support/testdatabase.h"

using namespace mestring::core;

namespace {

struct LogFixture
{
    mestring::test::TestDatabase store;
    Database &db {store.db()};
    Clock clock;
    AccessLog log {db, clock};
    Actor anne {QStringLiteral("s1"), QStringLiteral("Anne"), Role::Therapist, false};

    LogFixture()
    {
        log.record(anne, AccessKind::Read, QStringLiteral("c1"));
        log.recordSearch(anne, QStringLiteral("hansen"));
        log.record(anne, AccessKind::Change, QStringLiteral("c1"), QStringLiteral("phone"));
        log.record(anne, AccessKind::Read, QStringLiteral("c2"));
    }

    void rawExec(const QString &sql)
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(sql));
    }
    // Someone with a SQLite tool or the schema owner's login can take away the triggers that
    // refuse changes (schema v2); the chain still shows what they did.
    void tamper(const QString &sql)
    {
        mestring::test::removeImmutability(db, QStringLiteral("access_log"));
        rawExec(sql);
    }
};

} // namespace

TEST_CASE("Access log entries record time, user, kind of use and client or search text",
    "[core][accesslog]")
{
    LogFixture f;
    const auto entries = f.log.find({});
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].client == QStringLiteral("c2")); // newest first
    CHECK(entries[2].action == QStringLiteral("search"));
    CHECK(entries[2].searchText == QStringLiteral("hansen"));
    CHECK(entries[3].actor == QStringLiteral("s1"));
    CHECK(entries[3].at.isValid());
}

TEST_CASE("The access log can be searched by client", "[core][accesslog]")
{
    LogFixture f;
    AccessLogQuery query;
    query.client = QStringLiteral("c1");
    CHECK(f.log.find(query).size() == 2);
}

TEST_CASE("An intact access log chain verifies", "[core][accesslog]")
{
    LogFixture f;
    CHECK_FALSE(f.log.firstBrokenEntry().has_value());
}

TEST_CASE("A changed access log entry breaks the chain at that entry", "[core][accesslog]")
{
    LogFixture f;
    f.tamper(QStringLiteral("UPDATE access_log SET client = 'c9' WHERE seq = 3"));
    CHECK(f.log.firstBrokenEntry() == 3);
}

TEST_CASE("A removed access log entry breaks the chain after the gap", "[core][accesslog]")
{
    LogFixture f;
    f.tamper(QStringLiteral("DELETE FROM access_log WHERE seq = 2"));
    CHECK(f.log.firstBrokenEntry() == 3);
}

TEST_CASE("Reads of many clients are logged one entry each and keep the hash chain whole",
          "[core][accesslog]")
{
    LogFixture f;
    f.log.recordReads(f.anne, {QStringLiteral("c3"), QStringLiteral("c4"), QStringLiteral("c5")},
                      QStringLiteral("overview"));
    f.log.record(f.anne, AccessKind::Read, QStringLiteral("c1"));
    const auto entries = f.log.find({});
    REQUIRE(entries.size() == 8);
    CHECK(entries[1].client == QStringLiteral("c5"));
    CHECK(entries[3].client == QStringLiteral("c3"));
    CHECK(entries[3].detail == QStringLiteral("overview"));
    CHECK(entries[3].action == QStringLiteral("read"));
    CHECK(entries[1].seq == entries[3].seq + 2);
    CHECK_FALSE(f.log.firstBrokenEntry().has_value());

    f.tamper(QStringLiteral("UPDATE access_log SET client = 'c9' WHERE client = 'c4'"));
    CHECK(f.log.firstBrokenEntry() == entries[2].seq);
}

TEST_CASE("A laptop's access log is carried into the centre's once, in its order, and both chains "
          "stay whole",
    "[core][accesslog][sync]")
{
    LogFixture centre;
    mestring::test::TestDatabase laptopStore;
    AccessLog laptop {laptopStore.db(), centre.clock};
    const QString origin = QStringLiteral("laptop-7f3a");
    laptop.record(centre.anne, AccessKind::Read, QStringLiteral("c1"));
    laptop.record(centre.anne, AccessKind::Change, QStringLiteral("c1"), QStringLiteral("note"));
    laptop.recordSearch(centre.anne, QStringLiteral("berg"));
    auto oldestFirst = [&] {
        auto entries = laptop.find({});
        std::reverse(entries.begin(), entries.end());
        return entries;
    };

    CHECK(centre.log.carryIn(origin, oldestFirst()) == 3);
    auto entries = centre.log.find({});
    REQUIRE(entries.size() == 7);
    CHECK(entries[0].origin == origin);
    CHECK(entries[0].originSeq == 3);
    CHECK(entries[0].searchText == QStringLiteral("berg"));
    CHECK(entries[2].originSeq == 1);
    CHECK(entries[2].originHash == oldestFirst()[0].hash);
    CHECK(entries[2].at == oldestFirst()[0].at); // when it happened on the laptop
    CHECK(entries[3].origin.isEmpty());
    CHECK_FALSE(centre.log.firstBrokenEntry().has_value());

    SECTION("a sync run again carries nothing twice; what the laptop wrote since follows")
    {
        CHECK(centre.log.carryIn(origin, oldestFirst()) == 0);
        laptop.record(centre.anne, AccessKind::Read, QStringLiteral("c2"));
        CHECK(centre.log.carryIn(origin, oldestFirst()) == 1);
        entries = centre.log.find({});
        REQUIRE(entries.size() == 8);
        CHECK(entries[0].originSeq == 4);
        CHECK(entries[0].client == QStringLiteral("c2"));
        CHECK_FALSE(centre.log.firstBrokenEntry().has_value());
    }
    SECTION("a carried entry changed afterwards breaks the centre's chain")
    {
        centre.tamper(QStringLiteral("UPDATE access_log SET origin_seq = 9 WHERE origin_seq = 2"));
        CHECK(centre.log.firstBrokenEntry() == entries[1].seq);
    }
}

TEST_CASE("A laptop's access log that is not whole is refused and nothing of it is carried",
    "[core][accesslog][sync]")
{
    LogFixture centre;
    mestring::test::TestDatabase laptopStore;
    AccessLog laptop {laptopStore.db(), centre.clock};
    for (const char *client : {"c1", "c2", "c3"})
        laptop.record(centre.anne, AccessKind::Read, QLatin1StringView(client).toString());
    auto entries = laptop.find({});
    std::reverse(entries.begin(), entries.end());
    const QString origin = QStringLiteral("laptop-1");

    SECTION("an entry changed on the laptop")
    {
        entries[1].client = QStringLiteral("c9");
    }
    SECTION("an entry missing")
    {
        entries.erase(entries.begin() + 1);
    }
    SECTION("the first entries missing")
    {
        entries.erase(entries.begin());
    }
    CHECK_THROWS_AS(centre.log.carryIn(origin, entries), StorageError);
    CHECK(centre.log.find({}).size() == 4);
    CHECK_FALSE(centre.log.firstBrokenEntry().has_value());
}
