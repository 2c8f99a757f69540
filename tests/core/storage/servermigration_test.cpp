// The migration ladder on a PostgreSQL server: every released server schema, kept as a fixture
// (pg_dump of a database the program made at that version), migrates to the latest one.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/postgresbackend.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

const QString fixtureDir = QStringLiteral(MESTRING_TEST_DATA "/schemas/postgresql");

// A plain connection to a server database, as another tool would have; removed with the object.
class RawConnection
{
public:
    explicit RawConnection(const DatabaseLocation &where)
        : m_name(TestDatabase::uniqueConnectionName())
    {
        PostgresBackend().connect(m_name, where, false);
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql) { return QSqlQuery(QSqlDatabase::database(m_name)).exec(sql); }

private:
    QString m_name;
};

// Runs a fixture's statements (";" at a line end; "--" comments and psql's "\" commands
// ignored) on a new database.
void loadFixture(const QString &fixture, const DatabaseLocation &where)
{
    QFile file(fixture);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString sql;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1StringView("--")) && !trimmed.startsWith(QLatin1Char('\\')))
            sql += line + QLatin1Char('\n');
    }
    RawConnection raw(where);
    for (const QString &statement : sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty()) continue;
        INFO(statement.toStdString());
        REQUIRE(raw.exec(statement));
    }
}

// Every column, constraint, index, trigger, function and sequence of the schema, sorted.
QStringList schemaOf(const Database &db)
{
    SqlQuery q(db, QStringLiteral(R"(
SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '
       || is_nullable || ' ' || COALESCE(column_default, '')
  FROM information_schema.columns WHERE table_schema = current_schema()
UNION ALL
SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' '
       || pg_get_constraintdef(oid)
  FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
UNION ALL
SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes
 WHERE schemaname = current_schema()
UNION ALL
SELECT 'trigger ' || tgname || ' ' || pg_get_triggerdef(oid) FROM pg_trigger
 WHERE NOT tgisinternal AND tgrelid::regclass::text NOT LIKE 'pg_%'
UNION ALL
SELECT 'function ' || proname || ' ' || pg_get_functiondef(oid) FROM pg_proc
 WHERE pronamespace = current_schema()::regnamespace
UNION ALL
SELECT 'sequence ' || sequencename FROM pg_sequences WHERE schemaname = current_schema()
ORDER BY 1)"));
    q.exec();
    QStringList schema;
    while (q.next())
        schema << q.value(0).toString().simplified();
    return schema;
}

QStringList fixtures()
{
    return QDir(fixtureDir).entryList({QStringLiteral("v*.sql")}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("Every released server schema migrates to the latest one", "[core][storage][migration][postgresql]")
{
    const QStringList files = fixtures();
    REQUIRE(files.size() == latestSchemaVersion()); // one fixture per released version
    TestDatabase fresh;
    const QStringList latest = schemaOf(fresh.db());
    REQUIRE(latest.size() > 100);
    for (const QString &name : files) {
        SECTION(name.toStdString())
        {
            const TestServerDatabase old = TestServerDatabase::empty();
            loadFixture(QDir(fixtureDir).filePath(name), old.location());
            Database db(TestDatabase::uniqueConnectionName());
            db.open(old.location(), Database::OpenMode::MustExist);
            CHECK(db.schemaVersion() == latestSchemaVersion());
            CHECK(schemaOf(db) == latest);
        }
    }
}

TEST_CASE("The server schema fixture of the latest version matches what the program creates",
    "[core][storage][migration][postgresql]")
{
    // Guards the fixture itself: a change to the latest step without a new fixture fails here.
    const TestServerDatabase old = TestServerDatabase::empty();
    loadFixture(fixtureDir + QStringLiteral("/v%1.sql").arg(latestSchemaVersion()), old.location());
    Database db(TestDatabase::uniqueConnectionName());
    db.open(old.location(), Database::OpenMode::MustExist);
    TestDatabase fresh;
    CHECK(schemaOf(db) == schemaOf(fresh.db()));
}

TEST_CASE("A version 1 server database keeps its records on migration and its notes become "
          "immutable",
    "[core][storage][migration][postgresql]")
{
    const TestServerDatabase old = TestServerDatabase::empty();
    loadFixture(fixtureDir + QStringLiteral("/v1.sql"), old.location());
    {
        RawConnection q(old.location());
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
    }
    Database db(TestDatabase::uniqueConnectionName());
    db.open(old.location(), Database::OpenMode::MustExist);
    REQUIRE(db.schemaVersion() == latestSchemaVersion());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT text, kind FROM notes WHERE id = 'n1'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Første samtale."));
    CHECK(q.value(1).toString() == QStringLiteral("phone"));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE notes SET text = 'x' WHERE id = 'n1'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM notes WHERE id = 'n1'")));
}

// Not a test: writes the fixture of every version that has none yet, as pg_dump of a database
// the program made at that version (run once when a migration step is released:
// MESTRING_TEST_SERVER=... core_tests "[.][write-server-fixtures]").
TEST_CASE("Write the server schema fixtures", "[.][write-server-fixtures]")
{
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        const QString path = fixtureDir + QStringLiteral("/v%1.sql").arg(version);
        if (QFile::exists(path)) continue;
        const TestServerDatabase made = TestServerDatabase::empty();
        Database(TestDatabase::uniqueConnectionName())
            .open(made.location(), Database::OpenMode::CreateIfMissing, version);
        const DatabaseLocation at = made.location();
        QProcess dump;
        dump.start(QStringLiteral("pg_dump"),
            {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                QStringLiteral("--inserts"), QStringLiteral("--schema=mestring"),
                QStringLiteral("--host=") + at.host(),
                QStringLiteral("--port=") + QString::number(at.port()),
                QStringLiteral("--username=") + at.user(), at.databaseName()});
        REQUIRE(dump.waitForFinished(60000));
        REQUIRE(dump.exitCode() == 0);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("-- Server schema version %1: pg_dump --no-owner --no-privileges "
                                 "--inserts --schema=mestring of a database the program made at "
                                 "that version. Once released this file never changes; "
                                 "servermigration_test.cpp migrates it to the latest schema.\n")
                      .arg(version)
                      .toUtf8());
        // Newer pg_dump writes psql's \\restrict guard lines: not SQL, and different each run.
        for (const QByteArray &line : dump.readAllStandardOutput().split('\n')) {
            if (!line.startsWith('\\')) out.write(line + '\n');
        }
    }
}
