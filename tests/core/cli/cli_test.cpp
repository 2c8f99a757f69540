#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "clirun.h"
#include "core/exchange/exchangewriter.h"
#include "support/jsonedit.h"
#include "support/sampledataset.h"
#include "support/tamper.h"
#include "support/testdatabase.h"
#include "support/testtarget.h"

using namespace mestring::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("mestring-cli imports, exports and checks a database", "[core][cli]")
{
    const TestTarget target;
    const QString json = target.filePath(QStringLiteral("sample.json"));
    const QString db = target.address();
    const QByteArray document = mestring::core::writeExchange(sampleDataset());
    writeFile(json, document);

    const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, json});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.err.isEmpty());
    CHECK(imported.out.contains("warning: clients[0].cpr"));

    const CliRun toStdout = runCli({QStringLiteral("export"), QStringLiteral("--db"), db});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out == document);
    const QString out = target.filePath(QStringLiteral("out.json"));
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out})
              .exitCode
        == 0);
    CHECK(readFile(out) == document);

    const CliRun checked = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(checked.exitCode == 0);
    CHECK(checked.err.isEmpty());
    CHECK(checked.out.contains("Errors: 0,"));
    CHECK(checked.out.contains("warning: clients[0].cpr"));
}

TEST_CASE("mestring-cli refuses a broken import with one line naming the place, file unchanged",
    "[core][cli]")
{
    const TestTarget target;
    const QString good = target.filePath(QStringLiteral("good.json"));
    const QString broken = target.filePath(QStringLiteral("broken.json"));
    const QString db = target.address();
    const QByteArray document = mestring::core::writeExchange(sampleDataset());
    writeFile(good, document);
    writeFile(broken, editJson(document, [](QJsonObject &root) {
        setField(root, "courses", 2, "end_reason", QStringLiteral("bored"));
    }));
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, good}).exitCode == 0);
    const QByteArray before = target.state();

    const CliRun refused = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, broken});
    CHECK(refused.exitCode == 1);
    checkOneLineError(refused);
    CHECK(refused.err.startsWith("mestring-cli: import refused: courses[2].end_reason: "));
    CHECK(target.state() == before);
}

TEST_CASE("mestring-cli does not leave a new database behind when the import is refused",
    "[core][cli][sqlite]")
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, "{\"format\": \"mestring-exchange\", \"version\": 1, \"staff\": [{}]}");
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    const CliRun refused = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, broken});
    CHECK(refused.exitCode == 1);
    checkOneLineError(refused);
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("mestring-cli check fails on a database that breaks a data rule", "[core][cli]")
{
    const TestTarget target;
    const QString json = target.filePath(QStringLiteral("sample.json"));
    const QString db = target.address();
    writeFile(json, mestring::core::writeExchange(sampleDataset()));
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, json}).exitCode == 0);
    {
        // Damage behind the program's back, as another tool could (taking away the trigger
        // that refuses changed prescriptions first).
        mestring::core::Database raw(TestDatabase::uniqueConnectionName());
        raw.open(db, mestring::core::Database::OpenMode::MustExist);
        removeImmutability(raw, QStringLiteral("prescriptions"));
        QSqlQuery q(raw.connection());
        REQUIRE(
            q.exec(QStringLiteral("UPDATE prescriptions SET prescriber = 's1' WHERE id = 'm1'")));
    }
    const CliRun checked = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(checked.exitCode == 1);
    checkOneLineError(checked);
    CHECK(checked.err.contains("prescriptions[0].prescriber"));
    CHECK(checked.out.contains("error: prescriptions[0].prescriber"));
}

TEST_CASE("mestring-cli reports usage errors and missing files in one line", "[core][cli][sqlite]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));

    const CliRun noCommand = runCli({});
    CHECK(noCommand.exitCode == 2);
    checkOneLineError(noCommand);

    const CliRun unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    checkOneLineError(unknown);

    const CliRun noDb = runCli({QStringLiteral("export")});
    CHECK(noDb.exitCode == 2);
    checkOneLineError(noDb);
    CHECK(noDb.err.contains("--db"));

    const CliRun absent = runCli({QStringLiteral("check"), QStringLiteral("--db"), missing});
    CHECK(absent.exitCode == 1);
    checkOneLineError(absent);
    CHECK(absent.err.contains(missing.toUtf8()));
    CHECK_FALSE(QFile::exists(missing));

    const CliRun noFile = runCli({QStringLiteral("import"), QStringLiteral("--db"), missing,
        dir.filePath(QStringLiteral("nope.json"))});
    CHECK(noFile.exitCode == 1);
    checkOneLineError(noFile);
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("mestring-cli prints help for itself and for every command", "[core][cli]")
{
    const CliRun global = runCli({QStringLiteral("--help")});
    CHECK(global.exitCode == 0);
    for (const char *command :
        {"import", "export", "check", "demo", "init", "report", "backup", "restore", "dispose"}) {
        CHECK(global.out.contains(command));
        const CliRun help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QByteArray(QByteArray("Usage: mestring-cli ") + command)));
        CHECK(help.err.isEmpty());
    }
}

TEST_CASE("mestring-cli demo fills a new database and refuses one that holds data", "[core][cli]")
{
    const TestTarget target(QStringLiteral("demo.sqlite"));
    const QString db = target.address();
    const CliRun made = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db,
        QStringLiteral("--size"), QStringLiteral("small"), QStringLiteral("--seed"),
        QStringLiteral("3"), QStringLiteral("--today"), QStringLiteral("2025-06-01")});
    INFO(made.err.toStdString());
    CHECK(made.exitCode == 0);
    CHECK(made.out.contains("clients"));
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);

    const CliRun again = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db,
        QStringLiteral("--size"), QStringLiteral("small")});
    CHECK(again.exitCode == 1);
    checkOneLineError(again);
}
