#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

#include "../services/servicefixture.h"
#include "core/services/accesslogservice.h"
#include "core/storage/sqlquery.h"
#include "support/tamper.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

struct RetentionFixture : ServiceFixture
{
    AccessLogService service {db, log};
    QString jens = addClient(QStringLiteral("Hansen"));
    QString karen = addClient(QStringLiteral("Nielsen"));

    // An entry written at `at`, chained as the program chains it (the program always writes
    // "now"; tests need old entries).
    void entryAt(const QDateTime &at, const Actor &actor, AccessKind kind, const QString &client)
    {
        SqlQuery last(db,
            QStringLiteral("SELECT seq, hash FROM access_log ORDER BY seq DESC "
                           "LIMIT 1"));
        last.exec();
        AccessLogEntry e;
        e.seq = 1;
        e.prevHash = QString(64, QLatin1Char('0'));
        if (last.next()) {
            e.seq = last.value(0).toLongLong() + 1;
            e.prevHash = last.value(1).toString();
        }
        e.at = at;
        e.actor = actor.staffId;
        e.action = accessKindCode(kind);
        e.client = client;
        e.hash = AccessLog::hashOf(e);
        SqlQuery insert(db,
            QStringLiteral("INSERT INTO access_log (seq, at, actor, action, "
                           "client, search_text, detail, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)"));
        insert.bind(e.seq)
            .bind(e.at.toString(Qt::ISODateWithMs))
            .bind(e.actor)
            .bind(e.action)
            .bind(e.client)
            .bind(e.prevHash)
            .bind(e.hash);
        insert.exec();
    }
    QDateTime on(int y, int m, int d) const { return mestring::test::at(QDate(y, m, d)); }
    void sql(const QString &statement)
    {
        QSqlQuery q(db.connection());
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
    }
    qint64 count(const QString &where = QStringLiteral("1 = 1"))
    {
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM access_log WHERE ") + where);
        return q.scalar().toLongLong();
    }
    // Old history: 4 entries in 2024, 3 in spring 2025.
    void history()
    {
        for (int day = 1; day <= 4; ++day)
            entryAt(on(2024, 3, day), therapist, AccessKind::Read, jens);
        entryAt(on(2025, 4, 1), therapist, AccessKind::Change, jens);
        entryAt(on(2025, 4, 2), nurse, AccessKind::Read, karen);
        entryAt(on(2025, 5, 20), doctor, AccessKind::Read, jens);
    }
};

} // namespace

TEST_CASE("The access log is kept 6 months by default and at most 5 years",
    "[core][reliability][accesslog]")
{
    RetentionFixture f;
    CHECK(f.service.retentionMonths() == 6);
    f.service.setRetentionMonths(f.manager, 60);
    CHECK(f.service.retentionMonths() == 60);
    CHECK_THROWS_AS(f.service.setRetentionMonths(f.manager, 61), RuleViolation);
    CHECK_THROWS_AS(f.service.setRetentionMonths(f.manager, 0), RuleViolation);
    CHECK_THROWS_AS(f.service.setRetentionMonths(f.coordinator, 12), PermissionDenied);
    CHECK(f.service.retentionMonths() == 60);
}

TEST_CASE("A purge removes the entries older than the retention period and the chain still "
          "verifies from its anchor",
    "[core][reliability][accesslog]")
{
    RetentionFixture f;
    f.history();
    const qint64 before = f.count();
    REQUIRE_FALSE(f.log.firstBrokenEntry());

    // 15 June 2025 with 6 months: everything before 15 December 2024 goes.
    CHECK(f.service.purgeExpired(f.manager, QDate(2025, 6, 15)) == 4);
    CHECK(f.count(QStringLiteral("at < '2024-12-15'")) == 0);
    CHECK(f.count() == before - 4 + 1); // the purge logs itself
    CHECK_FALSE(f.log.firstBrokenEntry().has_value());
    const auto newest = f.log.find({});
    CHECK(newest.front().action == QStringLiteral("purge"));
    CHECK(newest.front().detail.contains(QStringLiteral("4")));

    // Purging again with nothing expired removes nothing, and a longer period keeps more.
    f.service.setRetentionMonths(f.manager, 12);
    CHECK(f.service.purgeExpired(f.manager, QDate(2025, 6, 15)) == 0);
    CHECK_FALSE(f.log.firstBrokenEntry().has_value());
}

TEST_CASE("A purge of every entry leaves a chain that goes on from the anchor",
    "[core][reliability][accesslog]")
{
    RetentionFixture f;
    f.history();
    CHECK(f.service.purgeExpired(f.manager, QDate(2030, 1, 1)) == 7);
    f.log.record(f.therapist, AccessKind::Read, f.jens);
    CHECK(f.count() == 2); // the purge's own entry and the read
    CHECK(f.count(QStringLiteral("seq = 8 AND action = 'purge'")) == 1);
    CHECK_FALSE(f.log.firstBrokenEntry().has_value());
}

TEST_CASE("After a purge, changed or removed entries still break the chain where they are",
    "[core][reliability][accesslog]")
{
    RetentionFixture f;
    f.history();
    f.service.purgeExpired(f.manager, QDate(2025, 6, 15));
    // The triggers refuse this; someone with a SQLite tool can drop them first.
    mestring::test::removeImmutability(f.db, QStringLiteral("access_log"));

    SECTION("a changed entry after the anchor")
    {
        f.sql(QStringLiteral("UPDATE access_log SET actor = 's-ther' WHERE seq = 6"));
        CHECK(f.log.firstBrokenEntry() == 6);
    }
    SECTION("the first entry after the anchor removed")
    {
        f.sql(QStringLiteral("DELETE FROM access_log WHERE seq = 5"));
        CHECK(f.log.firstBrokenEntry() == 6);
    }
    SECTION("the entries after the anchor removed without a purge record")
    {
        f.sql(QStringLiteral("DELETE FROM access_log WHERE seq <= 6"));
        CHECK(f.log.firstBrokenEntry() == 7);
    }
}

TEST_CASE("Entries removed from the start of the log without a purge break the chain",
    "[core][reliability][accesslog]")
{
    RetentionFixture f;
    f.history();
    mestring::test::removeImmutability(f.db, QStringLiteral("access_log"));
    f.sql(QStringLiteral("DELETE FROM access_log WHERE seq <= 2"));
    CHECK(f.log.firstBrokenEntry() == 3);
}

TEST_CASE("Only a manager purges the access log", "[core][reliability][accesslog]")
{
    RetentionFixture f;
    f.history();
    const qint64 before = f.count();
    CHECK_THROWS_AS(f.service.purgeExpired(f.coordinator, QDate(2025, 6, 15)), PermissionDenied);
    CHECK(f.count() == before);
}

TEST_CASE(
    "A manager searches the access log by user, client and dates", "[core][reliability][accesslog]")
{
    RetentionFixture f;
    f.history();
    auto search = [&f](const QString &actor, const QString &client, QDate from, QDate to) {
        AccessLogQuery q;
        q.actor = actor;
        q.client = client;
        q.from = from;
        q.to = to;
        return f.service.search(f.manager, q);
    };
    CHECK(search(f.therapist.staffId, {}, {}, {}).size() == 5);
    CHECK(search({}, f.karen, {}, {}).size() == 1);
    CHECK(search(f.therapist.staffId, f.jens, QDate(2024, 3, 2), QDate(2024, 3, 3)).size() == 2);
    CHECK(search({}, f.jens, QDate(2025, 1, 1), QDate(2025, 12, 31)).size() == 2);
    const auto lines = search(f.nurse.staffId, {}, {}, {});
    REQUIRE(lines.size() == 1);
    CHECK(lines.front().actorName == QStringLiteral("Mette Dahl"));
    CHECK_FALSE(lines.front().kindTitle.isEmpty());
    CHECK_THROWS_AS(f.service.search(f.therapist, {}), PermissionDenied);
    // Looking in the log is logged.
    CHECK(f.count(QStringLiteral("actor = 's-mgr' AND detail LIKE 'access log search%'")) == 5);
}

TEST_CASE("A client's 'who has seen my data' list names everyone who used the client's data",
    "[core][reliability][accesslog]")
{
    RetentionFixture f;
    f.history();
    const auto seen = f.service.seenBy(f.manager, f.jens);
    REQUIRE(seen.size() == 6);
    CHECK(seen.front().actorName == QStringLiteral("Ole Berg")); // newest first
    CHECK(seen.back().entry.at.date() == QDate(2024, 3, 1));
    for (const AccessLogLine &line : seen)
        CHECK(line.entry.client == f.jens);
    // The lookup itself is the newest use of the client's data.
    CHECK(f.service.seenBy(f.manager, f.jens).front().actorName == QStringLiteral("Lars Vang"));
    CHECK_THROWS_AS(f.service.seenBy(f.therapist, f.jens), PermissionDenied);
}

TEST_CASE("A manager searches the access log by kind of use", "[core][reliability][accesslog]")
{
    RetentionFixture f;
    f.history();
    AccessLogQuery changes;
    changes.action = accessKindCode(AccessKind::Change);
    const auto lines = f.service.search(f.manager, changes);
    REQUIRE(lines.size() == 1);
    CHECK(lines.front().entry.client == f.jens);
    changes.client = f.karen;
    CHECK(f.service.search(f.manager, changes).empty());
    AccessLogQuery reads;
    reads.action = accessKindCode(AccessKind::Read);
    reads.client = f.jens;
    CHECK(f.service.search(f.manager, reads).size() == 5);
}
