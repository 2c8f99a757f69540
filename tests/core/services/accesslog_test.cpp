#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/storage/database.h"
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
