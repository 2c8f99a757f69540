#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include "clirun.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/authservice.h"
#include "core/services/servercredentialstore.h"
#include "core/storage/database.h"
#include "support/testtarget.h"

using namespace mestring::core;

namespace {

int runInit(const QStringList &arguments, const QByteArray &stdinBytes, QByteArray *err = nullptr)
{
    const mestring::test::CliRun run
        = mestring::test::runCli(QStringList {QStringLiteral("init")} + arguments, stdinBytes);
    if (err) *err = run.err;
    return run.exitCode;
}

} // namespace

TEST_CASE("mestring-cli init creates a database whose manager logs in with the given password",
          "[core][cli]")
{
    const mestring::test::TestTarget target;
    const QString path = target.address();
    REQUIRE(runInit({QStringLiteral("--db"), path, QStringLiteral("--manager-username"),
                     QStringLiteral("leder"), QStringLiteral("--manager-name"),
                     QStringLiteral("Ida Lund"), QStringLiteral("--password-stdin")},
                    "hemmelig123\n")
            == 0);
    Database db(QUuid::createUuid().toString());
    db.open(path, Database::OpenMode::MustExist);
    Clock clock;
    AccessLog log(db, clock);
    // On a server the manager's password is that of their own login there.
    const std::unique_ptr<CredentialStore> credentials = credentialStoreFor(db);
    AuthService auth(db, log, *credentials, clock);
    const auto login = auth.login(QStringLiteral("leder"), QStringLiteral("hemmelig123"));
    REQUIRE(login.status == AuthService::LoginStatus::Ok);
    CHECK(login.actor->role == Role::Manager);
}

TEST_CASE("mestring-cli init refuses an existing database and a short password, on one line",
          "[core][cli]")
{
    const mestring::test::TestTarget target;
    const QString path = target.address();
    const QStringList args{QStringLiteral("--db"), path, QStringLiteral("--manager-username"),
                           QStringLiteral("leder"), QStringLiteral("--manager-name"),
                           QStringLiteral("Ida Lund"), QStringLiteral("--password-stdin")};
    QByteArray err;
    CHECK(runInit(args, "kort\n", &err) != 0);
    CHECK(err.count('\n') == 1);
    CHECK(target.state().isEmpty()); // nothing made
    REQUIRE(runInit(args, "hemmelig123\n") == 0);
    CHECK(runInit(args, "hemmelig456\n", &err) != 0);
    CHECK(err.startsWith("mestring-cli: init: "));
    CHECK(err.count('\n') == 1);
}

TEST_CASE("mestring-cli init without a password source is a usage error", "[core][cli]")
{
    QTemporaryDir dir;
    QByteArray err;
    CHECK(runInit({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")),
                   QStringLiteral("--manager-username"), QStringLiteral("leder"),
                   QStringLiteral("--manager-name"), QStringLiteral("Ida")},
                  QByteArray(), &err)
          == 2);
}
