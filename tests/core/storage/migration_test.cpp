#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "support/schemafixture.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using mestring::test::createFromFixture;
using mestring::test::TestDatabase;

namespace {

// Every table, index and trigger with its SQL, whitespace-normalised, sorted by name.
QStringList schemaOf(const Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                  "WHERE sql IS NOT NULL ORDER BY name")));
    QStringList schema;
    while (q.next()) {
        schema << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()
                + QLatin1Char(' ') + q.value(2).toString().simplified();
    }
    return schema;
}

} // namespace

TEST_CASE("Every released schema migrates to the latest one", "[core][storage][migration][sqlite]")
{
    const QDir fixtures(QStringLiteral(MESTRING_TEST_DATA "/schemas"));
    const QStringList files = fixtures.entryList({QStringLiteral("v*.sql")}, QDir::Files);
    REQUIRE(files.size() == latestSchemaVersion()); // one fixture per released version

    TestDatabase fresh;
    const QStringList latest = schemaOf(fresh.db());
    for (const QString &name : files) {
        SECTION(name.toStdString())
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            createFromFixture(fixtures.filePath(name), path);
            Database db(TestDatabase::uniqueConnectionName());
            db.open(path, Database::OpenMode::MustExist);
            CHECK(db.schemaVersion() == latestSchemaVersion());
            CHECK(schemaOf(db) == latest);
        }
    }
}

TEST_CASE("The schema fixture of the latest version matches what the program creates",
    "[core][storage][migration][sqlite]")
{
    // Guards the fixture itself: a change to the latest schema step without a new fixture
    // (or a new step) fails here.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latest.sqlite"));
    createFromFixture(
        QStringLiteral(MESTRING_TEST_DATA "/schemas/v%1.sql").arg(latestSchemaVersion()), path);
    Database db(TestDatabase::uniqueConnectionName());
    db.open(path, Database::OpenMode::MustExist);
    TestDatabase fresh;
    CHECK(schemaOf(db) == schemaOf(fresh.db()));
}

TEST_CASE("A version 1 database keeps its records on migration and its notes become immutable",
    "[core][storage][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    createFromFixture(QStringLiteral(MESTRING_TEST_DATA "/schemas/v1.sql"), path);
    {
        const QString name = TestDatabase::uniqueConnectionName();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("INSERT INTO staff (id, seq, name, role) "
                                          "VALUES ('s1', 1, 'Anne Holm', 'therapist')")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO clients (id, seq, last_name) "
                                          "VALUES ('c1', 1, 'Hansen')")));
            REQUIRE(q.exec(QStringLiteral(
                "INSERT INTO notes (id, seq, client, author, written_at, written_day, kind, text) "
                "VALUES ('n1', 1, 'c1', 's1', '2025-01-17T11:05:00+01:00', '2025-01-17', "
                "'session', 'Første samtale.')")));
            // In version 1 nothing stopped this.
            REQUIRE(q.exec(QStringLiteral("UPDATE notes SET kind = 'phone' WHERE id = 'n1'")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    Database db(TestDatabase::uniqueConnectionName());
    db.open(path, Database::OpenMode::MustExist);
    REQUIRE(db.schemaVersion() == latestSchemaVersion());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT text, kind FROM notes WHERE id = 'n1'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Første samtale."));
    CHECK(q.value(1).toString() == QStringLiteral("phone"));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE notes SET text = 'x' WHERE id = 'n1'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM notes WHERE id = 'n1'")));
}
