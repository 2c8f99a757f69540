// mestring-cli copy and server-init: a whole centre moved between a file and a server.
#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

#include "clirun.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/authservice.h"
#include "core/services/localcredentialstore.h"
#include "core/services/servercredentialstore.h"
#include "core/services/disposalservice.h"
#include "core/storage/database.h"
#include "core/storage/datasetstore.h"
#include "core/storage/serveradmin.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"
#include "support/testtarget.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// A centre with everything a copy must carry: records, an access log purged once (its chain
// starts at an anchor), a disposal and a setting.
void fillCentre(const DatabaseLocation &where)
{
    Database db(TestDatabase::uniqueConnectionName());
    db.open(where);
    {
        Transaction t(db);
        insertDataset(db, sampleDataset());
        insertDataset(db, oldClientDataset());
        t.commit();
    }
    Clock clock;
    AccessLog log(db, clock);
    const Actor anne {QStringLiteral("s1"), QStringLiteral("Anne"), Role::Therapist, false};
    for (int i = 0; i < 4; ++i)
        log.record(anne, AccessKind::Read, QStringLiteral("c1"));
    log.purgeBefore(Actor::system(), clock.today().addDays(1));
    log.record(anne, AccessKind::Change, QStringLiteral("c2"), QStringLiteral("phone"));
    const Actor manager {QStringLiteral("s-mgr"), QStringLiteral("Lars"), Role::Manager, false};
    DisposalService(db, log, clock).dispose(manager, QStringLiteral("c-old"));
    SettingsRepository(db).setValue(QStringLiteral("accessLog/retentionMonths"), QStringLiteral("12"));
}

// Every row of the access log and its anchors as text, in chain order.
QStringList accessLogOf(const QString &address)
{
    Database db(TestDatabase::uniqueConnectionName());
    db.open(address, Database::OpenMode::MustExist);
    QStringList rows;
    SqlQuery q(db, QStringLiteral("SELECT seq, at, actor, action, client, search_text, detail, "
                                  "prev_hash, hash FROM access_log ORDER BY seq"));
    q.exec();
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 9; ++i)
            row << q.value(i).toString();
        rows << row.join(QLatin1Char('|'));
    }
    SqlQuery anchors(db, QStringLiteral("SELECT up_to_seq, anchor_hash FROM access_log_purges"));
    anchors.exec();
    while (anchors.next())
        rows << QStringLiteral("anchor ") + anchors.value(0).toString() + anchors.value(1).toString();
    return rows;
}

CliRun copy(const QString &from, const QString &to)
{
    return runCli({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
}

QByteArray exportOf(const QString &address)
{
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--db"), address});
    REQUIRE(run.exitCode == 0);
    return run.out;
}

} // namespace

TEST_CASE("mestring-cli copy moves a centre from a file to a server and back with nothing lost",
    "[core][cli][postgresql]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("centre.sqlite"));
    fillCentre(DatabaseLocation::file(file));
    const QByteArray exported = exportOf(file); // logged in the file: before its log is read
    const QStringList logBefore = accessLogOf(file);

    const TestTarget server; // an empty database on the test server
    const CliRun there = copy(file, server.address());
    INFO(there.out.toStdString() << there.err.toStdString());
    REQUIRE(there.exitCode == 0);
    CHECK(there.out.contains("Verified"));
    // The log as it was, then the copy recorded as one more link of the chain.
    const QStringList logThere = accessLogOf(server.address());
    REQUIRE(logThere.size() == logBefore.size() + 1);
    CHECK(logThere.mid(0, logBefore.size() - 1) == logBefore.mid(0, logBefore.size() - 1));
    CHECK(logThere.last() == logBefore.last()); // the purge's anchor
    CHECK(exportOf(server.address()) == exported);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), server.address()}).exitCode == 0);

    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    const CliRun home = copy(server.address(), back);
    INFO(home.out.toStdString() << home.err.toStdString());
    REQUIRE(home.exitCode == 0);
    CHECK(exportOf(back) == exported);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), back}).exitCode == 0);
}

TEST_CASE("mestring-cli copy refuses a target that holds records and changes neither side",
    "[core][cli]")
{
    const TestTarget source(QStringLiteral("source.sqlite"));
    fillCentre(source.location());
    const TestTarget target(QStringLiteral("target.sqlite"));
    {
        Database db(TestDatabase::uniqueConnectionName());
        db.open(target.location());
        Transaction t(db);
        insertDataset(db, oldClientDataset());
        t.commit();
    }
    const QByteArray sourceBefore = source.state();
    const QByteArray targetBefore = target.state();
    const CliRun refused = copy(source.address(), target.address());
    CHECK(refused.exitCode == 1);
    checkOneLineError(refused);
    CHECK(source.state() == sourceBefore);
    CHECK(target.state() == targetBefore);
}

TEST_CASE("mestring-cli server-init makes the login, the database and the first manager from an "
          "administrator's connection",
    "[core][cli][postgresql]")
{
    QTemporaryDir dir;
    const QString loginPassword = dir.filePath(QStringLiteral("login.txt"));
    {
        QFile f(loginPassword);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("server-hemmelig\n");
    }
    const DatabaseLocation admin = testServer();
    const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
    const QString login = QStringLiteral("centre_login_") + suffix;
    const QString name = QStringLiteral("centre_") + suffix;
    const DatabaseLocation centre = admin.withDatabase(name);
    QString address = centre.displayText();
    address.replace(QStringLiteral("//") + admin.user() + QLatin1Char('@'),
        QStringLiteral("//") + login + QLatin1Char('@'));
    const QStringList arguments {QStringLiteral("server-init"), QStringLiteral("--admin"),
        admin.displayText(), QStringLiteral("--db"), address, QStringLiteral("--manager-username"),
        QStringLiteral("leder"), QStringLiteral("--manager-name"), QStringLiteral("Ida Lund"),
        QStringLiteral("--password-stdin"), QStringLiteral("--login-password-file"), loginPassword};
    const CliRun made = runCli(arguments, "hemmelig123\n");
    INFO(made.out.toStdString() << made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    {
        Database db(TestDatabase::uniqueConnectionName());
        db.open(centre.withLogin(login, QStringLiteral("server-hemmelig")),
            Database::OpenMode::MustExist);
        SqlQuery owner(db, QStringLiteral("SELECT tableowner FROM pg_tables "
                                          "WHERE schemaname = 'mestring' AND tablename = 'notes'"));
        CHECK(owner.scalar().toString() == login);
        Clock clock;
        AccessLog log(db, clock);
        // The manager's own login on the server, made by server-init.
        ServerCredentialStore credentials {db};
        const auto result = AuthService(db, log, credentials, clock)
                                .login(QStringLiteral("leder"), QStringLiteral("hemmelig123"));
        CHECK(result.status == AuthService::LoginStatus::Ok);
    }
    // Again: everything exists, and a second first manager is refused.
    const CliRun again = runCli(arguments, "hemmelig123\n");
    CHECK(again.exitCode == 1);
    checkOneLineError(again);
    CHECK(again.err.contains("already holds"));

    const ServerAdmin cleanup(admin);
    cleanup.dropDatabase(name);
    cleanup.exec(QStringLiteral("DROP ROLE ") + ServerAdmin::identifier(login));
}
