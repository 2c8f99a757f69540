#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include "core/storage/clientrepository.h"
#include "core/storage/database.h"
#include "support/schemafixture.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

TEST_CASE("Migrating to schema 8 stores CPR numbers normalised, and two rows holding one number "
          "in two forms are both kept for check to report",
    "[core][storage][migration][cpr][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    createFromFixture(QStringLiteral(MESTRING_TEST_DATA "/schemas/v7.sql"), path);
    REQUIRE(execRaw(path,
        {QStringLiteral("INSERT INTO clients (id, seq, cpr, first_name) VALUES "
                        "('a', 1, '010180-1234', 'Først'), ('b', 2, '0101801234', 'Anden'), "
                        "('c', 3, '020275-4322', 'Karen'), ('d', 4, NULL, 'Uden')")}));
    Database db(TestDatabase::uniqueConnectionName());
    db.open(path, Database::OpenMode::MustExist);
    ClientRepository clients(db);
    CHECK(clients.byId(QStringLiteral("a"))->cpr == QStringLiteral("010180-1234"));
    CHECK(clients.byId(QStringLiteral("b"))->cpr == QStringLiteral("0101801234"));
    CHECK(clients.byId(QStringLiteral("c"))->cpr == QStringLiteral("0202754322"));
    CHECK(clients.byId(QStringLiteral("d"))->cpr.isEmpty());
    CHECK(clients.byId(QStringLiteral("c"))->version == 1);
}
