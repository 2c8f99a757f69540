#include <catch2/catch.hpp>

#include <QJsonArray>

#include "core/domain/clock.h"
#include "core/exchange/exchangewriter.h"
#include "core/exchange/importservice.h"
#include "core/services/accesslog.h"
#include "core/storage/staffrepository.h"
#include "core/storage/targetrepository.h"
#include "support/jsonedit.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// A database file that already holds records (none the sample's ids collide with), closed so
// its bytes can be hashed; each import opens it, imports and closes it again.
struct StoredFile
{
    TestDatabaseFile file;

    StoredFile()
    {
        StaffRepository(file.db()).insert({QStringLiteral("boss"), QStringLiteral("Lise Leder"),
            Role::Manager, QStringLiteral("lise")});
        TargetRepository(file.db()).insert(
            {QStringLiteral("active_clients"), QStringLiteral("all"), 2030, 100, 120});
        file.close();
    }

    ImportResult import(const QByteArray &json)
    {
        file.reopen();
        Clock clock;
        AccessLog log(file.db(), clock);
        ImportResult result = ImportService(file.db(), log).importDocument(Actor::system(), json);
        file.close();
        return result;
    }
};

QByteArray sampleJson()
{
    return writeExchange(sampleDataset());
}

QStringList pathsOf(const RuleIssues &issues)
{
    QStringList paths;
    for (const RuleIssue &issue : issues)
        paths << issue.path;
    return paths;
}

// Imports `json` into a file that holds records, and checks it is refused with an error at
// `path` and that the file's bytes did not change.
void checkRefusedAt(const QByteArray &json, const QString &path)
{
    StoredFile stored;
    const QByteArray before = fileHash(stored.file.path());
    REQUIRE_FALSE(before.isEmpty());
    const ImportResult result = stored.import(json);
    CHECK_FALSE(result.ok());
    CHECK(result.imported == 0);
    INFO(pathsOf(result.errors).join(QLatin1Char(' ')).toStdString());
    CHECK(pathsOf(result.errors).contains(path));
    for (const RuleIssue &error : result.errors) {
        CHECK(error.isError());
        CHECK_FALSE(error.message.isEmpty());
    }
    CHECK(fileHash(stored.file.path()) == before);
}

} // namespace

TEST_CASE(
    "The sample file imports into a database that holds other records", "[core][exchange][import]")
{
    StoredFile stored;
    const ImportResult result = stored.import(sampleJson());
    INFO(pathsOf(result.errors).join(QLatin1Char(' ')).toStdString());
    REQUIRE(result.ok());
    CHECK(result.imported == sampleDataset().recordCount());
}

TEST_CASE("An import of invalid JSON is refused and the database file is unchanged",
    "[core][exchange][import]")
{
    checkRefusedAt(sampleJson().left(200), QString());
}

TEST_CASE("An import with an unknown field is refused at that field and changes nothing",
    "[core][exchange][import]")
{
    checkRefusedAt(editJson(sampleJson(),
                       [](QJsonObject &root) {
                           setField(root, "courses", 1, "colour", QStringLiteral("red"));
                       }),
        QStringLiteral("courses[1].colour"));
}

TEST_CASE("An import with an unknown enum value is refused at that field and changes nothing",
    "[core][exchange][import]")
{
    checkRefusedAt(editJson(sampleJson(),
                       [](QJsonObject &root) {
                           setField(root, "courses", 2, "kind", QStringLiteral("gambling"));
                       }),
        QStringLiteral("courses[2].kind"));
}

TEST_CASE("An import with a dangling reference is refused at the reference and changes nothing",
    "[core][exchange][import]")
{
    checkRefusedAt(editJson(sampleJson(),
                       [](QJsonObject &root) {
                           setField(root, "appointments", 0, "course", QStringLiteral("k99"));
                       }),
        QStringLiteral("appointments[0].course"));
}

TEST_CASE("An import with a duplicate CPR number is refused at the second client",
    "[core][exchange][import]")
{
    checkRefusedAt(editJson(sampleJson(),
                       [](QJsonObject &root) {
                           setField(root, "clients", 2, "cpr", QStringLiteral("010180-1235"));
                       }),
        QStringLiteral("clients[2].cpr"));
}

TEST_CASE("An import with a fourth active goal on a course is refused at that goal",
    "[core][exchange][import]")
{
    checkRefusedAt(editJson(sampleJson(),
                       [](QJsonObject &root) {
                           // g1 is k1's only active goal; three more make four.
                           appendCopy(root, "goals", 0, "id", QStringLiteral("g3"));
                           appendCopy(root, "goals", 0, "id", QStringLiteral("g4"));
                           appendCopy(root, "goals", 0, "id", QStringLiteral("g5"));
                       }),
        QStringLiteral("goals[4].status"));
}

TEST_CASE("An import with a dispensing of a missing prescription is refused at the dispensing",
    "[core][exchange][import]")
{
    checkRefusedAt(editJson(sampleJson(),
                       [](QJsonObject &root) {
                           setField(root, "dispensings", 1, "prescription", QStringLiteral("m99"));
                       }),
        QStringLiteral("dispensings[1].prescription"));
}

TEST_CASE("An import with a prescription by a non-doctor is refused at the prescriber",
    "[core][exchange][import]")
{
    checkRefusedAt(editJson(sampleJson(),
                       [](QJsonObject &root) {
                           setField(root, "prescriptions", 0, "prescriber", QStringLiteral("s3"));
                       }),
        QStringLiteral("prescriptions[0].prescriber"));
}

TEST_CASE(
    "An import with dates out of order is refused at the later date", "[core][exchange][import]")
{
    checkRefusedAt(editJson(sampleJson(),
                       [](QJsonObject &root) {
                           // Started before the citizen asked for treatment.
                           setField(root, "courses", 0, "start_date", QStringLiteral("2024-12-20"));
                       }),
        QStringLiteral("courses[0].start_date"));
}

TEST_CASE("An import with an absence ending before it starts is refused at its end",
    "[core][exchange][import]")
{
    checkRefusedAt(editJson(sampleJson(),
                       [](QJsonObject &root) {
                           setField(root, "absences", 0, "to", QStringLiteral("2025-06-01"));
                       }),
        QStringLiteral("absences[0].to"));
}
