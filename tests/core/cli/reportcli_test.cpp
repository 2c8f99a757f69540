#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "clirun.h"
#include "core/reports/reportgolden.h"
#include "support/testtarget.h"

using namespace mestring::test;

namespace {

// A database made by `mestring-cli import` from tests/data/reports/<fixture>.json.
QString importedDatabase(const TestTarget &target, const QString &fixture)
{
    const QString json = target.filePath(fixture + QStringLiteral(".json"));
    QFile file(json);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(reportTestFile(fixture + QStringLiteral(".json")));
    file.close();
    const QString db = target.address();
    const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, json});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return db;
}

QStringList reportArguments(const QString &db, const char *from, const char *to, const char *format)
{
    return {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
        QString::fromLatin1(from), QStringLiteral("--to"), QString::fromLatin1(to),
        QStringLiteral("--format"), QString::fromLatin1(format)};
}

} // namespace

TEST_CASE("mestring-cli report prints the JSON report of the period", "[core][cli][reports]")
{
    const TestTarget dir;
    const QString db = importedDatabase(dir, QStringLiteral("outcomes"));
    const CliRun run = runCli(reportArguments(db, "2025-01-01", "2025-06-30", "json"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QJsonDocument expected
        = QJsonDocument::fromJson(reportTestFile(QStringLiteral("outcomes.expected.json")));
    const QStringList differences
        = jsonDifferences(expected.object(), QJsonDocument::fromJson(run.out).object());
    INFO(differences.join(QLatin1Char('\n')).toStdString());
    CHECK(differences.isEmpty());
}

TEST_CASE("mestring-cli report --by and --compare print the report broken down by municipality "
          "with last year beside it",
    "[core][cli][reports][breakdown]")
{
    const TestTarget dir;
    const QString db = importedDatabase(dir, QStringLiteral("breakdowns"));
    const CliRun run = runCli(reportArguments(db, "2025-01-01", "2025-03-31", "json")
        + QStringList {QStringLiteral("--by"), QStringLiteral("municipality"),
            QStringLiteral("--compare"), QStringLiteral("last_year")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonDocument expected = QJsonDocument::fromJson(
        reportTestFile(QStringLiteral("breakdowns.municipality.expected.json")));
    const QStringList differences
        = sparseDifferences(expected.object(), QJsonDocument::fromJson(run.out).object());
    INFO(differences.join(QLatin1Char('\n')).toStdString());
    CHECK(differences.isEmpty());
}

TEST_CASE("mestring-cli report writes the CSV for Excel to the --out file", "[core][cli][reports]")
{
    const TestTarget dir;
    const QString db = importedDatabase(dir, QStringLiteral("contacts"));
    const QString out = dir.filePath(QStringLiteral("report.csv"));
    const CliRun run = runCli(reportArguments(db, "2025-01-01", "2025-03-31", "csv")
        + QStringList {QStringLiteral("--out"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte order mark
    CHECK(csv.contains("01-01-2025 – 31-03-2025"));
    // The titles are Danish in a build with the translation; the numbers are the same anyway.
    CHECK(csv.contains(";1;4;25,0%;"));  // no-shows, drug courses
    CHECK(csv.contains(";3;5;60,0%;"));  // group attendance
    CHECK(csv.contains(";;;2;"));        // families reached: a count
}

TEST_CASE("mestring-cli report refuses bad arguments with one line and writes nothing",
    "[core][cli][reports]")
{
    const TestTarget dir;
    const QString db = importedDatabase(dir, QStringLiteral("empty"));
    const QString out = dir.filePath(QStringLiteral("report.json"));
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const std::vector<std::pair<QStringList, const char *>> cases = {
        {reportArguments(db, "2025-01-01", "2025-12-31", "PDF"), "PDF"},
        {reportArguments(db, "2025-01-01", "2025-12-31", "xml"), "xml"},
        {reportArguments(db, "2025-02-30", "2025-12-31", "json"), "2025-02-30"},
        {reportArguments(db, "2025-1-1", "2025-12-31", "json"), "2025-1-1"},
        {reportArguments(db, "2025-12-31", "2025-01-01", "json"), "--from"},
        {reportArguments(db, "2025-01-01", "2025-12-31", "json").mid(0, 7), "--format"},
        {reportArguments(db, "2025-01-01", "2025-12-31", "json")
                + QStringList {QStringLiteral("--by"), QStringLiteral("team,colour")},
            "colour"},
        {reportArguments(db, "2025-01-01", "2025-12-31", "json")
                + QStringList {QStringLiteral("--by"), QStringLiteral("sex,program")},
            "one breakdown"},
        {reportArguments(db, "2025-01-01", "2025-12-31", "csv")
                + QStringList {QStringLiteral("--compare"), QStringLiteral("lastyear")},
            "lastyear"},
        {reportArguments(missing, "2025-01-01", "2025-12-31", "json"), "missing.sqlite"},
    };
    for (const auto &[arguments, named] : cases) {
        const CliRun run = runCli(arguments + QStringList {QStringLiteral("--out"), out});
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.startsWith("mestring-cli: report"));
        CHECK(run.err.count('\n') == 1);
        CHECK(run.err.contains(named));
        CHECK(run.out.isEmpty());
        CHECK_FALSE(QFile::exists(out));
        CHECK_FALSE(QFile::exists(missing));
    }
}
