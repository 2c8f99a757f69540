#include <catch2/catch.hpp>

#include <QFileInfo>

#include "clirun.h"
#include "core/storage/datasetstore.h"
#include "core/storage/transaction.h"
#include "support/damagedfile.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::test;

TEST_CASE("mestring-cli report, export, backup and check say a damaged file is damaged and change "
          "nothing",
    "[core][cli][damage]")
{
    TestDatabaseFile file;
    {
        mestring::core::Transaction t(file.db());
        mestring::core::insertDataset(file.db(), sampleDataset());
        t.commit();
    }
    file.close();
    damageTable(file.path(), QStringLiteral("courses"));
    const QByteArray hash = fileHash(file.path());
    const QString db = file.path();
    const QList<QStringList> commands = {
        // reads the damaged table
        {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
            QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
            QStringLiteral("--format"), QStringLiteral("json")},
        // reads every table, then would write its access-log entries
        {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
            file.dirPath() + QStringLiteral("/export.json")},
        // copies and checks the file, then would write its access-log entry
        {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--dir"),
            file.dirPath() + QStringLiteral("/backup")},
    };
    for (const QStringList &arguments : commands) {
        const CliRun run = runCli(arguments);
        INFO(arguments.first().toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains("is damaged. It has not been changed. Restore the latest backup"));
        CHECK(fileHash(db) == hash);
    }
    CHECK_FALSE(QFileInfo::exists(file.dirPath() + QStringLiteral("/export.json")));
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains("the file is damaged"));
    CHECK(check.err.contains("the database file is damaged"));
    CHECK(fileHash(db) == hash);
}
