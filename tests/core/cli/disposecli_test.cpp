#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include "clirun.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/storage/database.h"
#include "core/storage/datasetstore.h"
#include "core/storage/disposalrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"
#include "support/sampledataset.h"
#include "support/testtarget.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// A database holding the sample centre; closed again so the CLI has it to itself.
struct SampleFile
{
    TestTarget target;
    QString path = target.address();
    QDate jensKeptUntil;

    SampleFile()
    {
        Database db(QStringLiteral("dispose-cli-setup"));
        db.open(path, Database::OpenMode::CreateIfMissing);
        Transaction t(db);
        insertDataset(db, sampleDataset());
        insertDataset(db, oldClientDataset()); // Ole (c-old): disposable since 2022
        t.commit();
        jensKeptUntil = DisposalRepository(db)
                            .lastEntryDate(QStringLiteral("c1"), Clock().today())
                            .addYears(10);
    }
    qint64 count(const QString &sql) const
    {
        Database db(QStringLiteral("dispose-cli-count"));
        db.open(path, Database::OpenMode::MustExist);
        SqlQuery q(db, sql);
        return q.scalar().toLongLong();
    }
    CliRun dispose(const QStringList &arguments) const
    {
        return runCli(
            QStringList {QStringLiteral("dispose"), QStringLiteral("--db"), path} + arguments);
    }
};

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

TEST_CASE("mestring-cli dispose lists the clients whose retention period has run out",
    "[core][cli][disposal]")
{
    SampleFile f;
    const CliRun none
        = f.dispose({QStringLiteral("--list"), QStringLiteral("--today"), iso(f.jensKeptUntil)});
    INFO(none.err.toStdString());
    CHECK(none.exitCode == 0);
    CHECK_FALSE(none.out.contains("c1\t"));

    const CliRun jens = f.dispose(
        {QStringLiteral("--list"), QStringLiteral("--today"), iso(f.jensKeptUntil.addDays(1))});
    CHECK(jens.exitCode == 0);
    const QString line = QStringLiteral("c1\t%1\t0101801235\tJens Hansen\n")
                             .arg(iso(f.jensKeptUntil.addYears(-10)));
    CHECK(jens.out.contains(line.toUtf8()));

    const CliRun today = f.dispose({QStringLiteral("--list")});
    CHECK(today.exitCode == 0);
    CHECK(today.out.contains("c-old\t2012-05-31\t0101501234\tOle Gammel\n"));
    CHECK_FALSE(today.out.contains("c1\t"));
}

TEST_CASE("mestring-cli dispose deletes a client's records only after the period and only "
          "with --confirm",
    "[core][cli][disposal]")
{
    SampleFile f;
    const QString jensCount = QStringLiteral("SELECT count(*) FROM notes WHERE client = 'c1'");
    const qint64 notes = f.count(jensCount);
    REQUIRE(notes > 0);

    SECTION("Refused while the records must be kept, nothing deleted")
    {
        const CliRun run = f.dispose(
            {QStringLiteral("--client"), QStringLiteral("c1"), QStringLiteral("--confirm")});
        CHECK(run.exitCode == 1);
        checkOneLineError(run);
        CHECK(run.err.contains("must be kept until"));
        CHECK(f.count(jensCount) == notes);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM disposals")) == 0);
    }
    SECTION("Without --confirm it only says what would go, on the day asked about")
    {
        const CliRun run = f.dispose({QStringLiteral("--client"), QStringLiteral("c1"),
            QStringLiteral("--today"), iso(f.jensKeptUntil.addDays(1))});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains("--confirm"));
        CHECK(f.count(jensCount) == notes);
    }
    SECTION("With --confirm after the period everything of the client goes, and the log says so")
    {
        const CliRun run = f.dispose(
            {QStringLiteral("--client"), QStringLiteral("c-old"), QStringLiteral("--confirm")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains("Disposed of 3 records"));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM clients WHERE id = 'c-old'")) == 0);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM courses WHERE client = 'c-old'")) == 0);
        CHECK(f.count(jensCount) == notes);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'dispose' "
                                     "AND client = 'c-old' AND actor = 'system'"))
            == 1);
        CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), f.path}).exitCode == 0);
    }
}

TEST_CASE("mestring-cli dispose refuses wrong arguments in one line and deletes nothing",
    "[core][cli][disposal]")
{
    SampleFile f;
    const qint64 clients = f.count(QStringLiteral("SELECT count(*) FROM clients"));
    const QList<QStringList> wrong {
        {},
        {QStringLiteral("--list"), QStringLiteral("--client"), QStringLiteral("c1")},
        {QStringLiteral("--list"), QStringLiteral("--confirm")},
        {QStringLiteral("--client"), QStringLiteral("c1"), QStringLiteral("--today"),
            QStringLiteral("2050-02-30")},
        // A disposal is decided on the real date: a day in the future is not taken.
        {QStringLiteral("--client"), QStringLiteral("c1"), QStringLiteral("--today"),
            QStringLiteral("2090-01-01")},
    };
    for (const QStringList &arguments : wrong) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = f.dispose(arguments + QStringList {QStringLiteral("--confirm")});
        CHECK(run.exitCode == 2);
        checkOneLineError(run);
    }
    const CliRun unknown = f.dispose(
        {QStringLiteral("--client"), QStringLiteral("nobody"), QStringLiteral("--confirm")});
    CHECK(unknown.exitCode == 1);
    checkOneLineError(unknown);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM clients")) == clients);
}
