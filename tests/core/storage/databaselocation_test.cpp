#include <catch2/catch.hpp>

#include "core/storage/databaselocation.h"
#include "core/storage/storageerror.h"

using namespace mestring::core;

TEST_CASE("A --db value is a server address when it starts with postgresql://, else a file",
    "[core][storage]")
{
    const DatabaseLocation file = DatabaseLocation::parse(QStringLiteral("/data/centre.sqlite"));
    CHECK(file.isFile());
    CHECK_FALSE(file.isServer());
    CHECK(file.filePath() == QStringLiteral("/data/centre.sqlite"));

    const DatabaseLocation server = DatabaseLocation::parse(
        QStringLiteral("postgresql://mestring@db.centre.local:5433/viborg?sslmode=verify-full"));
    CHECK(server.isServer());
    CHECK(server.host() == QStringLiteral("db.centre.local"));
    CHECK(server.port() == 5433);
    CHECK(server.user() == QStringLiteral("mestring"));
    CHECK(server.databaseName() == QStringLiteral("viborg"));
    CHECK(server.schema() == QStringLiteral("mestring"));
    CHECK(server.connectOptions() == QStringLiteral("sslmode='verify-full'"));
    CHECK(server.displayText()
        == QStringLiteral("postgresql://mestring@db.centre.local:5433/viborg?sslmode=verify-full"));

    const DatabaseLocation defaults
        = DatabaseLocation::parse(QStringLiteral("postgres://db/centre?schema=test_one"));
    CHECK(defaults.port() == 5432);
    CHECK(defaults.schema() == QStringLiteral("test_one"));
}

TEST_CASE("A server across the network is reached only over TLS unless its address says "
          "otherwise; one on this machine needs none",
    "[core][storage]")
{
    auto options = [](const char *address) {
        return DatabaseLocation::parse(QLatin1StringView(address).toString()).connectOptions();
    };
    CHECK(options("postgresql://db.kommune.dk/centre") == QStringLiteral("sslmode=require"));
    CHECK(options("postgresql://db.kommune.dk/centre?sslmode=verify-full")
        == QStringLiteral("sslmode='verify-full'"));
    CHECK(options("postgresql://db.kommune.dk/centre?sslmode=disable")
        == QStringLiteral("sslmode='disable'"));
    CHECK(options("postgresql://localhost/centre").isEmpty());
    CHECK(options("postgresql://127.0.0.1:5433/centre").isEmpty());
    CHECK(DatabaseLocation::file(QStringLiteral("/data/c.sqlite")).connectOptions().isEmpty());
}

TEST_CASE("A password in an address is used but never shown", "[core][storage]")
{
    const DatabaseLocation server
        = DatabaseLocation::parse(QStringLiteral("postgresql://ida:hemmelig@db/centre"));
    CHECK(server.password() == QStringLiteral("hemmelig"));
    CHECK_FALSE(server.displayText().contains(QStringLiteral("hemmelig")));
}

TEST_CASE("A server address without a database, with an unknown setting or a strange schema is "
          "refused",
    "[core][storage]")
{
    for (const char *address : {"postgresql://db", "postgresql://db/", "postgresql://db/a/b",
             "postgresql://db/centre?colour=blue", "postgresql://db/centre?schema=Mestring",
             "postgresql://db/centre?schema=x;drop", "postgresql://db/centre?password=x"}) {
        INFO(address);
        CHECK_THROWS_AS(DatabaseLocation::parse(QString::fromLatin1(address)), StorageError);
    }
}
