// Opening a Mestring database on a PostgreSQL server: what is refused and left untouched, and
// the server's own guarantees (its schema, numbering while others insert).
#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "core/storage/clientrepository.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/postgresbackend.h"
#include "core/storage/readsnapshot.h"
#include "core/storage/serveradmin.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// What is in a server database, to show that a refused open changed nothing.
QStringList relationsOf(const DatabaseLocation &where)
{
    const QString name = TestDatabase::uniqueConnectionName();
    QStringList relations;
    {
        PostgresBackend().connect(name, where, false);
        QSqlQuery q(QSqlDatabase::database(name));
        REQUIRE(q.exec(QStringLiteral("SELECT n.nspname || '.' || c.relname FROM pg_class c "
                                      "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                                      "n.nspname NOT IN ('pg_catalog', 'information_schema', "
                                      "'pg_toast') ORDER BY 1")));
        while (q.next())
            relations << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return relations;
}

void runOn(const DatabaseLocation &where, const QString &sql)
{
    ServerAdmin(where, where.databaseName()).exec(sql);
}

} // namespace

TEST_CASE("A new server database gets the latest schema in a schema of its own",
    "[core][storage][postgresql]")
{
    const TestServerDatabase empty = TestServerDatabase::empty();
    Database db(TestDatabase::uniqueConnectionName());
    db.open(empty.location());
    CHECK(db.schemaVersion() == latestSchemaVersion());
    SqlQuery q(db, QStringLiteral("SELECT application FROM mestring.schema_version"));
    CHECK(q.scalar().toInt() == Database::applicationId);
    CHECK(relationsOf(empty.location()).contains(QStringLiteral("mestring.clients")));
    CHECK_FALSE(relationsOf(empty.location()).contains(QStringLiteral("public.clients")));
}

TEST_CASE("A server database without Mestring's schema is refused in must-exist mode and left "
          "untouched",
    "[core][storage][postgresql]")
{
    const TestServerDatabase empty = TestServerDatabase::empty();
    Database db(TestDatabase::uniqueConnectionName());
    CHECK_THROWS_WITH(db.open(empty.location(), Database::OpenMode::MustExist),
        Catch::Contains("server-init"));
    CHECK(relationsOf(empty.location()).isEmpty());
}

TEST_CASE("A schema holding another program's tables is refused and left untouched",
    "[core][storage][postgresql]")
{
    const TestServerDatabase other = TestServerDatabase::empty();
    runOn(other.location(), QStringLiteral("CREATE SCHEMA mestring"));
    runOn(other.location(), QStringLiteral("CREATE TABLE mestring.recipes (id INTEGER)"));
    const QStringList before = relationsOf(other.location());
    Database db(TestDatabase::uniqueConnectionName());
    CHECK_THROWS_WITH(db.open(other.location()), Catch::Contains("not Mestring's"));
    CHECK(relationsOf(other.location()) == before);
}

TEST_CASE("A server database from a newer program version is refused and left untouched",
    "[core][storage][postgresql]")
{
    TestStoredDatabase stored;
    stored.close();
    runOn(stored.location(),
        QStringLiteral("UPDATE mestring.schema_version SET version = %1").arg(latestSchemaVersion() + 1));
    const QStringList before = relationsOf(stored.location());
    CHECK_THROWS_WITH(stored.reopen(), Catch::Contains("newer version of Mestring"));
    CHECK(relationsOf(stored.location()) == before);
}

TEST_CASE("An unreachable server is refused with a message naming its address",
    "[core][storage][postgresql]")
{
    // Port 1 (tcpmux) is reserved and nothing on a test machine listens there.
    const DatabaseLocation nowhere = DatabaseLocation::parse(
        QStringLiteral("postgresql://mestring@127.0.0.1:1/centre?connect_timeout=2"));
    Database db(TestDatabase::uniqueConnectionName());
    try {
        db.open(nowhere, Database::OpenMode::MustExist);
        FAIL("opened a database on a port where no server listens");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::ConnectionLost);
        CHECK(e.message().contains(QStringLiteral("127.0.0.1:1/centre")));
    }
    CHECK_FALSE(db.isOpen());
}

TEST_CASE("Two sessions inserting at once on a server number their rows apart",
    "[core][storage][postgresql]")
{
    TestStoredDatabase stored;
    Database other(TestDatabase::uniqueConnectionName());
    other.open(stored.location(), Database::OpenMode::MustExist);
    // Both transactions are open at the same time: a MAX(seq) + 1 would give both the same.
    Transaction first(stored.db());
    Transaction second(other);
    Client anne;
    anne.id = QStringLiteral("c1");
    anne.lastName = QStringLiteral("Holm");
    ClientRepository(stored.db()).insert(anne);
    Client bo = anne;
    bo.id = QStringLiteral("c2");
    ClientRepository(other).insert(bo);
    first.commit();
    second.commit();
    SqlQuery q(stored.db(), QStringLiteral("SELECT count(DISTINCT seq) FROM clients"));
    CHECK(q.scalar().toInt() == 2);
    CHECK(ClientRepository(stored.db()).all().size() == 2);
}

TEST_CASE("A report reads one snapshot on a server while another session writes",
    "[core][storage][postgresql]")
{
    TestStoredDatabase stored;
    Database writer(TestDatabase::uniqueConnectionName());
    writer.open(stored.location(), Database::OpenMode::MustExist);
    Client c;
    c.id = QStringLiteral("c1");
    c.lastName = QStringLiteral("Holm");
    ClientRepository(writer).insert(c);
    const ReadSnapshot snapshot(stored.db());
    CHECK(ClientRepository(stored.db()).count() == 1);
    c.id = QStringLiteral("c2");
    ClientRepository(writer).insert(c);
    // Read committed would see the second client here.
    CHECK(ClientRepository(stored.db()).count() == 1);
}
