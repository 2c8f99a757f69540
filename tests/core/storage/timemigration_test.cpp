#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/domain/clock.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "support/schemafixture.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using mestring::test::createFromFixture;
using mestring::test::execRaw;
using mestring::test::TestDatabase;

namespace {

// A version 2 file with one staff member, client and course, plus `rows` as the program of
// that version wrote them; then opened (and migrated) by Database.
struct OldFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    Database db {TestDatabase::uniqueConnectionName()};

    explicit OldFile(QStringList rows)
    {
        createFromFixture(QStringLiteral(MESTRING_TEST_DATA "/schemas/v2.sql"), path);
        rows.prepend(QStringLiteral(
            "INSERT INTO courses (id, seq, client, kind, legal_basis, "
            "setting, program, primary_substance) VALUES ('k1', 1, 'c1', 'alcohol', 'SUL141', "
            "'ambulant', 'standard', 'alcohol')"));
        rows.prepend(QStringLiteral("INSERT INTO clients (id, seq, last_name) "
                                    "VALUES ('c1', 1, 'Hansen')"));
        rows.prepend(QStringLiteral("INSERT INTO staff (id, seq, name, role) "
                                    "VALUES ('s1', 1, 'Anne Holm', 'therapist')"));
        REQUIRE(execRaw(path, rows));
        db.open(path, Database::OpenMode::MustExist);
        REQUIRE(db.schemaVersion() == latestSchemaVersion());
    }

    QStringList column(const QString &sql)
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(sql));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
};

QString appointment(const QString &id, const QString &startAt, const QString &startDay)
{
    return QStringLiteral("INSERT INTO appointments (id, seq, course, staff, type, start_at, "
                          "start_day, minutes, status) VALUES ('%1', (SELECT COALESCE(MAX(seq), 0) "
                          "+ 1 FROM appointments), 'k1', 's1', "
                          "'individual', '%2', '%3', 60, 'planned')")
        .arg(id, startAt, startDay);
}

QString note(const QString &id, const QString &writtenAt, const QString &writtenDay)
{
    return QStringLiteral("INSERT INTO notes (id, seq, client, author, written_at, written_day, "
                          "kind, text) VALUES ('%1', (SELECT COALESCE(MAX(seq), 0) + 1 FROM "
                          "notes), 'c1', 's1', '%2', '%3', 'session', 'x')")
        .arg(id, writtenAt, writtenDay);
}

QString utcText(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

TEST_CASE("Migration stores every instant as UTC text and its day as the Copenhagen date",
    "[core][storage][migration][time]")
{
    OldFile file({
        appointment(QStringLiteral("a1"), QStringLiteral("2025-01-17T10:00:00+01:00"),
            QStringLiteral("2025-01-17")),
        // Booked on a UTC terminal server: its day was the UTC date.
        appointment(QStringLiteral("a2"), QStringLiteral("2025-01-17T23:30:00Z"),
            QStringLiteral("2025-01-17")),
        appointment(QStringLiteral("a3"), QStringLiteral("2025-07-01T08:00:00.250+02:00"),
            QStringLiteral("2025-07-01")),
        appointment(QStringLiteral("a4"), QStringLiteral("2025-07-01T02:00:00-04:00"),
            QStringLiteral("2025-07-01")),
        QStringLiteral("UPDATE staff SET locked_until = '2025-06-01T10:15:00' WHERE id = 's1'"),
        QStringLiteral("INSERT INTO disposals (client, disposed_at, actor, records) "
                       "VALUES ('c9', '2025-02-01T12:00:00+01:00', 's1', 3)"),
        QStringLiteral("INSERT INTO access_log_purges (up_to_seq, anchor_hash, purged_at, actor, "
                       "entries) VALUES (5, 'h', '2025-03-30T03:30:00.120+02:00', 's1', 5)"),
    });
    CHECK(file.column(QStringLiteral("SELECT start_at || ' ' || start_day FROM appointments "
                                     "ORDER BY id"))
        == QStringList {QStringLiteral("2025-01-17T09:00:00.000Z 2025-01-17"),
            QStringLiteral("2025-01-17T23:30:00.000Z 2025-01-18"),
            QStringLiteral("2025-07-01T06:00:00.250Z 2025-07-01"),
            QStringLiteral("2025-07-01T06:00:00.000Z 2025-07-01")});
    // Without an offset it was Danish wall-clock time (summer: +02:00).
    CHECK(file.column(QStringLiteral("SELECT locked_until FROM staff"))
        == QStringList {QStringLiteral("2025-06-01T08:15:00.000Z")});
    CHECK(file.column(QStringLiteral("SELECT disposed_at FROM disposals"))
        == QStringList {QStringLiteral("2025-02-01T11:00:00.000Z")});
    CHECK(file.column(QStringLiteral("SELECT purged_at FROM access_log_purges"))
        == QStringList {QStringLiteral("2025-03-30T01:30:00.120Z")});
    // The immutability triggers stood aside for the rewrite only.
    QSqlQuery q(file.db.connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE disposals SET records = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE access_log_purges SET entries = 1")));
}

TEST_CASE("Migrated journal notes sort by instant and stay immutable",
    "[core][storage][migration][time]")
{
    // Written on a UTC PC (07:00Z, 06:30Z) and on a Danish PC (08:15+01:00, 07:45+01:00): as
    // text they sorted 06:30, 07:00, 07:45, 08:15, which in Danish time is 07:30, 08:00, 07:45,
    // 08:15.
    OldFile file({
        note(QStringLiteral("n1"), QStringLiteral("2025-01-17T07:00:00Z"),
            QStringLiteral("2025-01-17")),
        note(QStringLiteral("n2"), QStringLiteral("2025-01-17T08:15:00+01:00"),
            QStringLiteral("2025-01-17")),
        note(QStringLiteral("n3"), QStringLiteral("2025-01-17T06:30:00Z"),
            QStringLiteral("2025-01-17")),
        note(QStringLiteral("n4"), QStringLiteral("2025-01-17T07:45:00+01:00"),
            QStringLiteral("2025-01-17")),
    });
    CHECK(file.column(QStringLiteral("SELECT id FROM notes ORDER BY written_at"))
        == QStringList {QStringLiteral("n3"), QStringLiteral("n4"), QStringLiteral("n1"),
            QStringLiteral("n2")});
    CHECK(file.column(QStringLiteral("SELECT DISTINCT written_day FROM notes"))
        == QStringList {QStringLiteral("2025-01-17")});
    QSqlQuery q(file.db.connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE notes SET text = 'y' WHERE id = 'n1'")));
}

TEST_CASE("The migration's summer-time rule agrees with the time-zone database, 1981 to 2037",
    "[core][storage][migration][time][dst]")
{
    // Every half hour from two hours before to two hours after each change, written with
    // three different offsets, and a wall-clock time without offset at noon on each day.
    QStringList rows;
    QList<QDateTime> instants;
    QList<QDateTime> wallClock;
    int n = 0;
    for (int year = 1981; year <= 2037; ++year) {
        for (const int month : {3, 9, 10}) {
            const QDate last(year, month, QDate(year, month, 1).daysInMonth());
            const QDate sunday = last.addDays(-(last.dayOfWeek() % 7));
            const QDateTime change(sunday, QTime(1, 0), QTimeZone::utc());
            for (int step = -4; step <= 4; ++step) {
                const QDateTime at = change.addSecs(step * 1800);
                const QTimeZone writer(QList<int> {0, 3600, -18000}[n % 3]);
                rows << appointment(QStringLiteral("a%1").arg(n++),
                    at.toTimeZone(writer).toString(Qt::ISODate), at.date().toString(Qt::ISODate));
                instants << at;
            }
            const QDateTime noon = Clock::at(sunday.addDays(-1), QTime(12, 0));
            rows << QStringLiteral(
                "INSERT INTO staff (id, seq, name, role, locked_until) "
                "VALUES ('w%1', (SELECT MAX(seq) + 1 FROM staff), 'x', 'therapist', '%2')")
                        .arg(wallClock.size())
                        .arg(noon.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
            wallClock << noon;
        }
    }
    OldFile file(rows);
    QStringList expected;
    for (const QDateTime &at : instants)
        expected << utcText(at) + QLatin1Char(' ') + Clock::centreDate(at).toString(Qt::ISODate);
    expected.sort();
    CHECK(file.column(QStringLiteral("SELECT start_at || ' ' || start_day FROM appointments "
                                     "ORDER BY start_at"))
        == expected);
    QStringList expectedLocks;
    for (const QDateTime &noon : wallClock)
        expectedLocks << utcText(noon);
    expectedLocks.sort();
    CHECK(file.column(QStringLiteral("SELECT locked_until FROM staff WHERE id LIKE 'w%' "
                                     "ORDER BY locked_until"))
        == expectedLocks);
}
