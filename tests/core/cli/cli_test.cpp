#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/exchange/exchangewriter.h"
#include "support/jsonedit.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MESTRING_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

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

// Exactly one line on stderr, starting with the program's name.
void checkOneLineError(const Run &run)
{
    INFO(run.err.toStdString());
    CHECK(run.err.startsWith("mestring-cli: "));
    CHECK(run.err.endsWith('\n'));
    CHECK(run.err.count('\n') == 1);
}

} // namespace

TEST_CASE("mestring-cli imports, exports and checks a database", "[core][cli]")
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("sample.json"));
    const QString db = dir.filePath(QStringLiteral("centre.sqlite"));
    const QByteArray document = mestring::core::writeExchange(sampleDataset());
    writeFile(json, document);

    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db, json});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.err.isEmpty());
    CHECK(imported.out.contains("warning: clients[0].cpr"));

    const Run toStdout = cli({QStringLiteral("export"), QStringLiteral("--db"), db});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out == document);
    const QString out = dir.filePath(QStringLiteral("out.json"));
    CHECK(cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out})
              .exitCode
        == 0);
    CHECK(readFile(out) == document);

    const Run checked = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(checked.exitCode == 0);
    CHECK(checked.err.isEmpty());
    CHECK(checked.out.contains("Errors: 0,"));
    CHECK(checked.out.contains("warning: clients[0].cpr"));
}

TEST_CASE("mestring-cli refuses a broken import with one line naming the place, file unchanged",
    "[core][cli]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    const QString db = dir.filePath(QStringLiteral("centre.sqlite"));
    const QByteArray document = mestring::core::writeExchange(sampleDataset());
    writeFile(good, document);
    writeFile(broken, editJson(document, [](QJsonObject &root) {
        setField(root, "courses", 2, "end_reason", QStringLiteral("bored"));
    }));
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, good}).exitCode == 0);
    const QByteArray before = fileHash(db);

    const Run refused = cli({QStringLiteral("import"), QStringLiteral("--db"), db, broken});
    CHECK(refused.exitCode == 1);
    checkOneLineError(refused);
    CHECK(refused.err.startsWith("mestring-cli: import refused: courses[2].end_reason: "));
    CHECK(fileHash(db) == before);
}

TEST_CASE(
    "mestring-cli does not leave a new database behind when the import is refused", "[core][cli]")
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, "{\"format\": \"mestring-exchange\", \"version\": 1, \"staff\": [{}]}");
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    const Run refused = cli({QStringLiteral("import"), QStringLiteral("--db"), db, broken});
    CHECK(refused.exitCode == 1);
    checkOneLineError(refused);
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("mestring-cli check fails on a database that breaks a data rule", "[core][cli]")
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("sample.json"));
    const QString db = dir.filePath(QStringLiteral("centre.sqlite"));
    writeFile(json, mestring::core::writeExchange(sampleDataset()));
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, json}).exitCode == 0);
    {
        // Damage behind the program's back, as another SQLite tool could (dropping the trigger
        // that refuses changed prescriptions first).
        mestring::core::Database raw(TestDatabase::uniqueConnectionName());
        raw.open(db, mestring::core::Database::OpenMode::MustExist);
        QSqlQuery q(raw.connection());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER prescriptions_no_update")));
        REQUIRE(
            q.exec(QStringLiteral("UPDATE prescriptions SET prescriber = 's1' WHERE id = 'm1'")));
    }
    const Run checked = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(checked.exitCode == 1);
    checkOneLineError(checked);
    CHECK(checked.err.contains("prescriptions[0].prescriber"));
    CHECK(checked.out.contains("error: prescriptions[0].prescriber"));
}

TEST_CASE("mestring-cli reports usage errors and missing files in one line", "[core][cli]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));

    const Run noCommand = cli({});
    CHECK(noCommand.exitCode == 2);
    checkOneLineError(noCommand);

    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    checkOneLineError(unknown);

    const Run noDb = cli({QStringLiteral("export")});
    CHECK(noDb.exitCode == 2);
    checkOneLineError(noDb);
    CHECK(noDb.err.contains("--db"));

    const Run absent = cli({QStringLiteral("check"), QStringLiteral("--db"), missing});
    CHECK(absent.exitCode == 1);
    checkOneLineError(absent);
    CHECK(absent.err.contains(missing.toUtf8()));
    CHECK_FALSE(QFile::exists(missing));

    const Run noFile = cli({QStringLiteral("import"), QStringLiteral("--db"), missing,
        dir.filePath(QStringLiteral("nope.json"))});
    CHECK(noFile.exitCode == 1);
    checkOneLineError(noFile);
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("mestring-cli prints help for itself and for every command", "[core][cli]")
{
    const Run global = cli({QStringLiteral("--help")});
    CHECK(global.exitCode == 0);
    for (const char *command : {"import", "export", "check", "demo", "init"}) {
        CHECK(global.out.contains(command));
        const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QByteArray(QByteArray("Usage: mestring-cli ") + command)));
        CHECK(help.err.isEmpty());
    }
}

TEST_CASE("mestring-cli demo fills a new file and refuses an existing one", "[core][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const Run made = cli({QStringLiteral("demo"), QStringLiteral("--db"), db,
        QStringLiteral("--size"), QStringLiteral("small"), QStringLiteral("--seed"),
        QStringLiteral("3"), QStringLiteral("--today"), QStringLiteral("2025-06-01")});
    INFO(made.err.toStdString());
    CHECK(made.exitCode == 0);
    CHECK(made.out.contains("clients"));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);

    const Run again = cli({QStringLiteral("demo"), QStringLiteral("--db"), db,
        QStringLiteral("--size"), QStringLiteral("small")});
    CHECK(again.exitCode == 1);
    checkOneLineError(again);
}
