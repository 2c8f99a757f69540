#include <catch2/catch.hpp>

#include "core/demo/demogenerator.h"
#include "core/domain/clock.h"
#include "core/exchange/exchangewriter.h"
#include "core/exchange/exportservice.h"
#include "core/exchange/importservice.h"
#include "core/services/accesslog.h"
#include "core/storage/datasetstore.h"
#include "core/storage/transaction.h"
#include "support/jsonedit.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

struct ImportFixture
{
    TestDatabase db;
    Clock clock;
    AccessLog log {db.db(), clock};

    ImportResult import(const QByteArray &json)
    {
        return ImportService(db, log).importDocument(Actor::system(), json);
    }
    QByteArray exportAll() { return ExportService(db, log).exportDocument(Actor::system()); }
};

QStringList pathsOf(const RuleIssues &issues)
{
    QStringList paths;
    for (const RuleIssue &issue : issues)
        paths << issue.path;
    return paths;
}

// The sample split in two files: the people (staff and clients) first, the rest second.
std::pair<Dataset, Dataset> splitSample()
{
    Dataset all = sampleDataset();
    Dataset people;
    people.staff = std::move(all.staff);
    people.clients = std::move(all.clients);
    all.staff.clear();
    all.clients.clear();
    return {people, all};
}

} // namespace

TEST_CASE("Export, import into an empty database and export again gives the same bytes",
    "[core][exchange][import]")
{
    const QByteArray original = writeExchange(sampleDataset());
    ImportFixture first;
    REQUIRE(first.import(original).ok());
    const QByteArray exported = first.exportAll();
    CHECK(exported == original); // the file's records come back in the file's order

    ImportFixture second;
    REQUIRE(second.import(exported).ok());
    CHECK(second.exportAll() == exported);
}

TEST_CASE("The small demo centre survives export, import and export byte for byte",
    "[core][exchange][import]")
{
    TestDatabase source;
    {
        Transaction t(source);
        insertDataset(source, generateDemo(DemoSize::Small, 7, QDate(2025, 6, 1)));
        t.commit();
    }
    Clock clock;
    AccessLog sourceLog(source.db(), clock);
    const QByteArray exported = ExportService(source, sourceLog).exportDocument(Actor::system());
    ImportFixture target;
    const ImportResult result = target.import(exported);
    INFO(pathsOf(result.errors).mid(0, 5).join(QLatin1Char(' ')).toStdString());
    REQUIRE(result.ok());
    CHECK(target.exportAll() == exported);
}

TEST_CASE("A file that refers to stored records is merged, and exports after them",
    "[core][exchange][import]")
{
    const auto [people, rest] = splitSample();
    ImportFixture f;
    REQUIRE(f.import(writeExchange(people)).ok());
    const ImportResult result = f.import(writeExchange(rest));
    INFO(pathsOf(result.errors).join(QLatin1Char(' ')).toStdString());
    REQUIRE(result.ok());
    CHECK(result.imported == rest.recordCount());
    CHECK(loadDataset(f.db) == sampleDataset());
}

TEST_CASE(
    "Importing records that are already stored is refused at their ids", "[core][exchange][import]")
{
    ImportFixture f;
    REQUIRE(f.import(writeExchange(sampleDataset())).ok());
    Dataset again;
    again.staff = {sampleDataset().staff[1]};
    again.clients
        = {{QStringLiteral("c-new"), QString(), QStringLiteral("Ny"), QStringLiteral("Borger")},
            sampleDataset().clients[2]};
    const ImportResult result = f.import(writeExchange(again));
    CHECK_FALSE(result.ok());
    CHECK(pathsOf(result.errors)
        == QStringList {QStringLiteral("staff[0].id"), QStringLiteral("clients[1].id")});
    CHECK(loadDataset(f.db) == sampleDataset());
}

TEST_CASE("A new client with the CPR number of a stored client is refused at the file's client",
    "[core][exchange][import]")
{
    ImportFixture f;
    REQUIRE(f.import(writeExchange(sampleDataset())).ok());
    Dataset more;
    Client twin {QStringLiteral("c9"), QStringLiteral("010180-1235"), QStringLiteral("Jens"),
        QStringLiteral("Tvilling")};
    more.clients = {twin};
    const ImportResult result = f.import(writeExchange(more));
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors.front().path == QStringLiteral("clients[0].cpr"));
    // The stored client is named as staff know them (the file's path says where it is).
    CHECK(result.errors.front().message.contains(QStringLiteral("Jens Hansen")));
}

TEST_CASE("Workflow-rule breaches are returned as warnings after a successful import",
    "[core][exchange][import]")
{
    ImportFixture f;
    const ImportResult result = f.import(writeExchange(sampleDataset()));
    REQUIRE(result.ok());
    // 0101801235 fails the modulus-11 check, which may only warn (domain.md).
    CHECK(pathsOf(result.warnings).contains(QStringLiteral("clients[0].cpr")));
    for (const RuleIssue &w : result.warnings)
        CHECK_FALSE(w.isError());
}

TEST_CASE(
    "Warnings about stored records are not repeated by a later import", "[core][exchange][import]")
{
    const auto [people, rest] = splitSample();
    ImportFixture f;
    const ImportResult first = f.import(writeExchange(people));
    REQUIRE(first.ok());
    REQUIRE(pathsOf(first.warnings).contains(QStringLiteral("clients[0].cpr")));
    const ImportResult second = f.import(writeExchange(rest));
    REQUIRE(second.ok());
    for (const RuleIssue &w : second.warnings)
        CHECK_FALSE(w.path.startsWith(QStringLiteral("database:clients")));
}

TEST_CASE("A session id used by another group is refused at the file's session",
    "[core][exchange][import]")
{
    Dataset d = sampleDataset();
    d.groups[1].sessions = {{QStringLiteral("gs1"), QDate(2025, 3, 1), QTime(), QString()}};
    ImportFixture f;
    const ImportResult result = f.import(writeExchange(d));
    REQUIRE_FALSE(result.ok());
    CHECK(pathsOf(result.errors).contains(QStringLiteral("groups[1].sessions[0].id")));
    CHECK(loadDataset(f.db) == Dataset {});
}

TEST_CASE("Each imported client gets an access-log entry", "[core][exchange][import]")
{
    ImportFixture f;
    REQUIRE(f.import(writeExchange(sampleDataset())).ok());
    int imports = 0;
    for (const AccessLogEntry &e : f.log.find({}))
        imports += e.action == accessKindCode(AccessKind::Import) ? 1 : 0;
    CHECK(imports == int(sampleDataset().clients.size()));
}
