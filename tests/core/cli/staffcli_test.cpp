#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUuid>

#include "clirun.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/authservice.h"
#include "core/services/localcredentialstore.h"
#include "core/storage/database.h"
#include "core/storage/staffrepository.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// A new centre made with `init` (manager "leder"), then left to the command under test.
struct CentreFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("centre.sqlite"));

    CentreFile()
    {
        const CliRun init = runCli({QStringLiteral("init"), QStringLiteral("--db"), path,
                                       QStringLiteral("--manager-username"), QStringLiteral("leder"),
                                       QStringLiteral("--manager-name"), QStringLiteral("Ida Lund"),
                                       QStringLiteral("--password-stdin")},
            "chefens kode 1\n");
        REQUIRE(init.exitCode == 0);
    }
    CliRun staff(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QStringList all {QStringLiteral("staff"), arguments.value(0), QStringLiteral("--db"), path};
        return runCli(all + arguments.mid(1), input);
    }
    AuthService::LoginStatus login(const QString &username, const QString &password) const
    {
        Database db(QUuid::createUuid().toString());
        db.open(path, Database::OpenMode::MustExist);
        const Clock clock;
        AccessLog log(db, clock);
        LocalCredentialStore credentials(db);
        return AuthService(db, log, credentials, clock).login(username, password).status;
    }
    std::vector<AccessLogEntry> logEntries() const
    {
        Database db(QUuid::createUuid().toString());
        db.open(path, Database::OpenMode::MustExist);
        const Clock clock;
        return AccessLog(db, clock).find({});
    }
    std::optional<StaffMember> member(const QString &username) const
    {
        Database db(QUuid::createUuid().toString());
        db.open(path, Database::OpenMode::MustExist);
        return StaffRepository(db).byUsername(username);
    }
};

const QStringList addPia {QStringLiteral("add"), QStringLiteral("--username"),
    QStringLiteral("pia"), QStringLiteral("--name"), QStringLiteral("Pia Munk"),
    QStringLiteral("--role"), QStringLiteral("therapist"), QStringLiteral("--team"),
    QStringLiteral("Alkoholteam"), QStringLiteral("--password-stdin")};

} // namespace

TEST_CASE("mestring-cli staff add creates an account whose temporary password must be changed",
    "[core][cli][accounts]")
{
    CentreFile f;
    const CliRun added = f.staff(addPia, "start-kode-1\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.isEmpty());
    CHECK(f.member(QStringLiteral("pia"))->team == QStringLiteral("Alkoholteam"));
    CHECK(f.login(QStringLiteral("pia"), QStringLiteral("start-kode-1"))
        == AuthService::LoginStatus::MustChangePassword);

    const CliRun listed = f.staff({QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.startsWith("username\tname\trole\tteam\tstatus\n"));
    CHECK(listed.out.contains("pia\tPia Munk\ttherapist\tAlkoholteam\tactive,must-change-password\n"));
    CHECK(listed.out.contains("leder\tIda Lund\tmanager\t\tactive\n"));
    // The change is logged as the command-line tool, naming whose account.
    const AccessLogEntry last = f.logEntries().front();
    CHECK(last.actor == QStringLiteral("system"));
    CHECK(last.action == QStringLiteral("create"));
    CHECK(last.detail.contains(QStringLiteral("Pia Munk (pia)")));
}

TEST_CASE("mestring-cli staff refuses bad input on one line, with exit codes, and stores nothing",
    "[core][cli][accounts]")
{
    CentreFile f;
    const CliRun shortPassword = f.staff(addPia, "kort\n");
    CHECK(shortPassword.exitCode == 1);
    checkOneLineError(shortPassword);
    CHECK(shortPassword.err.startsWith("mestring-cli: staff add: password: "));
    CHECK_FALSE(f.member(QStringLiteral("pia")));

    QStringList badRole = addPia;
    badRole[6] = QStringLiteral("chef");
    const CliRun role = f.staff(badRole, "start-kode-1\n");
    CHECK(role.exitCode == 2);
    checkOneLineError(role);
    CHECK(role.err.contains("--role"));

    const CliRun nobody = f.staff({QStringLiteral("unlock"), QStringLiteral("--user"),
        QStringLiteral("ingen")});
    CHECK(nobody.exitCode == 1);
    checkOneLineError(nobody);

    const CliRun noPassword
        = f.staff({QStringLiteral("passwd"), QStringLiteral("--user"), QStringLiteral("leder")});
    CHECK(noPassword.exitCode == 2);
    checkOneLineError(noPassword);

    const CliRun lastManager = f.staff(
        {QStringLiteral("deactivate"), QStringLiteral("--user"), QStringLiteral("leder")});
    CHECK(lastManager.exitCode == 1);
    checkOneLineError(lastManager);
    CHECK(f.member(QStringLiteral("leder"))->active);

    const CliRun unknown = runCli({QStringLiteral("staff"), QStringLiteral("fire")});
    CHECK(unknown.exitCode == 2);
    checkOneLineError(unknown);
}

TEST_CASE("mestring-cli staff passwd, unlock, change, deactivate and reactivate an account",
    "[core][cli][accounts]")
{
    CentreFile f;
    REQUIRE(f.staff(addPia, "start-kode-1\n").exitCode == 0);
    const QStringList pia {QStringLiteral("--user"), QStringLiteral("PIA")};
    for (int i = 0; i < AuthService::maxFailedLogins; ++i)
        f.login(QStringLiteral("pia"), QStringLiteral("forkert"));
    CHECK(f.staff({QStringLiteral("list")}).out.contains("locked-until-"));

    const CliRun unlocked = f.staff(QStringList {QStringLiteral("unlock")} + pia);
    CHECK(unlocked.exitCode == 0);
    CHECK(f.login(QStringLiteral("pia"), QStringLiteral("start-kode-1"))
        == AuthService::LoginStatus::MustChangePassword);
    CHECK(f.staff(QStringList {QStringLiteral("unlock")} + pia).out.contains("not locked"));

    REQUIRE(f.staff(QStringList {QStringLiteral("passwd"), QStringLiteral("--password-stdin")} + pia,
                "nyt-midlertidigt\n")
                .exitCode
        == 0);
    CHECK(f.login(QStringLiteral("pia"), QStringLiteral("nyt-midlertidigt"))
        == AuthService::LoginStatus::MustChangePassword);

    REQUIRE(f.staff(QStringList {QStringLiteral("change"), QStringLiteral("--role"),
                        QStringLiteral("nurse"), QStringLiteral("--team"), QString()}
                    + pia)
                .exitCode
        == 0);
    CHECK(f.member(QStringLiteral("pia"))->role == Role::Nurse);
    CHECK(f.member(QStringLiteral("pia"))->team.isEmpty());

    REQUIRE(f.staff(QStringList {QStringLiteral("deactivate")} + pia).exitCode == 0);
    CHECK(f.login(QStringLiteral("pia"), QStringLiteral("nyt-midlertidigt"))
        == AuthService::LoginStatus::Inactive);
    CHECK(f.staff({QStringLiteral("list")}).out.contains("\tinactive,must-change-password\n"));
    REQUIRE(f.staff(QStringList {QStringLiteral("reactivate")} + pia).exitCode == 0);
    CHECK(f.member(QStringLiteral("pia"))->active);
}

TEST_CASE("mestring-cli staff --help lists the subcommands and each has its own help",
    "[core][cli][accounts]")
{
    const CliRun help = runCli({QStringLiteral("staff"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *sub : {"list", "add", "passwd", "unlock", "deactivate", "reactivate", "change"}) {
        INFO(sub);
        CHECK(help.out.contains(QByteArray(QByteArray("  ") + sub)));
        const CliRun own = runCli({QStringLiteral("staff"), QLatin1StringView(sub).toString(),
            QStringLiteral("--help")});
        CHECK(own.exitCode == 0);
        CHECK(own.out.startsWith(QByteArray(QByteArray("Usage: mestring-cli staff ") + sub)));
    }
}
