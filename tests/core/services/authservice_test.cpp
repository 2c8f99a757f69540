#include <catch2/catch.hpp>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/authservice.h"
#include "core/services/localcredentialstore.h"
#include "core/services/passwordhash.h"
#include "core/services/serviceerrors.h"
#include "core/storage/database.h"
#include "core/storage/staffrepository.h"
#include "support/testdatabase.h"

using namespace mestring::core;

namespace {

struct AuthFixture
{
    mestring::test::TestDatabase store;
    Database &db {store.db()};
    Clock clock;
    AccessLog log {db, clock};
    LocalCredentialStore credentials {db};
    AuthService auth {db, log, credentials, clock};

    AuthFixture()
    {
        StaffRepository staff(db);
        staff.insert({QStringLiteral("s1"), QStringLiteral("Anne Holm"), Role::Therapist,
            QStringLiteral("anne"), true});
        staff.insert({QStringLiteral("m1"), QStringLiteral("Jørgen Mikkelsen"), Role::Manager,
            QStringLiteral("jorgen"), true});
        staff.setPasswordHash(QStringLiteral("s1"), hashPassword(QStringLiteral("hemmelig1")));
    }

    int logCount(const QString &action)
    {
        int n = 0;
        for (const AccessLogEntry &e : log.find({}))
            n += e.action == action ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_CASE("Passwords are stored as Argon2id hashes with a per-user salt", "[core][auth]")
{
    const QString a = hashPassword(QStringLiteral("hemmelig1"));
    const QString b = hashPassword(QStringLiteral("hemmelig1"));
    CHECK(a.startsWith(QStringLiteral("$argon2id$")));
    CHECK(a != b); // different salts
    CHECK(passwordMatches(a, QStringLiteral("hemmelig1")));
    CHECK_FALSE(passwordMatches(a, QStringLiteral("hemmelig2")));
    CHECK_FALSE(passwordMatches(QString(), QStringLiteral("hemmelig1")));
}

TEST_CASE("Login with the right password returns the staff member and is logged", "[core][auth]")
{
    AuthFixture f;
    const auto result = f.auth.login(QStringLiteral("Anne"), QStringLiteral("hemmelig1"));
    REQUIRE(result.status == AuthService::LoginStatus::Ok);
    CHECK(result.actor->staffId == QStringLiteral("s1"));
    CHECK(result.actor->role == Role::Therapist);
    CHECK(f.logCount(QStringLiteral("login")) == 1);
}

TEST_CASE("Login with a wrong password is refused and logged", "[core][auth]")
{
    AuthFixture f;
    const auto result = f.auth.login(QStringLiteral("anne"), QStringLiteral("forkert!!"));
    CHECK(result.status == AuthService::LoginStatus::WrongCredentials);
    CHECK_FALSE(result.actor);
    CHECK_FALSE(result.message.isEmpty());
    CHECK(f.logCount(QStringLiteral("login_failed")) == 1);
}

TEST_CASE("An account without a password cannot log in", "[core][auth]")
{
    AuthFixture f;
    CHECK(f.auth.login(QStringLiteral("jorgen"), QString()).status
        == AuthService::LoginStatus::WrongCredentials);
}

TEST_CASE("Five wrong passwords lock the account even for the right password", "[core][auth]")
{
    AuthFixture f;
    for (int i = 0; i < AuthService::maxFailedLogins - 1; ++i)
        CHECK(f.auth.login(QStringLiteral("anne"), QStringLiteral("forkert!!")).status
            == AuthService::LoginStatus::WrongCredentials);
    CHECK(f.auth.login(QStringLiteral("anne"), QStringLiteral("forkert!!")).status
        == AuthService::LoginStatus::Locked);
    CHECK(f.auth.login(QStringLiteral("anne"), QStringLiteral("hemmelig1")).status
        == AuthService::LoginStatus::Locked);
    CHECK(f.logCount(QStringLiteral("account_locked")) == 1);
    // Five wrong passwords, then one try while locked: every one is in the log.
    CHECK(f.logCount(QStringLiteral("login_failed")) == AuthService::maxFailedLogins + 1);
}

TEST_CASE("A password set by a manager lets the user in only after they choose their own",
    "[core][auth][accounts]")
{
    AuthFixture f;
    f.credentials.setPassword(QStringLiteral("m1"), QStringLiteral("midlertidig-1"), true);
    const auto first = f.auth.login(QStringLiteral("jorgen"), QStringLiteral("midlertidig-1"));
    CHECK(first.status == AuthService::LoginStatus::MustChangePassword);
    CHECK_FALSE(first.actor);
    CHECK_FALSE(first.message.isEmpty());
    CHECK(f.logCount(QStringLiteral("login")) == 0);

    const auto changed = f.auth.changePasswordAndLogin(
        QStringLiteral("jorgen"), QStringLiteral("midlertidig-1"), QStringLiteral("min egen kode"));
    REQUIRE(changed.status == AuthService::LoginStatus::Ok);
    CHECK(changed.actor->staffId == QStringLiteral("m1"));
    CHECK(f.logCount(QStringLiteral("login")) == 1);
    CHECK(f.logCount(QStringLiteral("change")) == 1);
    CHECK_FALSE(f.credentials.status(QStringLiteral("m1")).mustChange);
    CHECK(f.auth.login(QStringLiteral("jorgen"), QStringLiteral("min egen kode")).status
        == AuthService::LoginStatus::Ok);
    CHECK(f.auth.login(QStringLiteral("jorgen"), QStringLiteral("midlertidig-1")).status
        == AuthService::LoginStatus::WrongCredentials);
}

TEST_CASE("A new password against the rules is refused at login and the old one still works",
    "[core][auth][accounts]")
{
    AuthFixture f;
    f.credentials.setPassword(QStringLiteral("m1"), QStringLiteral("midlertidig-1"), true);
    for (const QString &bad : {QStringLiteral("kort"), QStringLiteral("midlertidig-1"),
             QStringLiteral("jorgen-er-her"), QStringLiteral("12345678")}) {
        INFO(bad.toStdString());
        try {
            f.auth.changePasswordAndLogin(
                QStringLiteral("jorgen"), QStringLiteral("midlertidig-1"), bad);
            FAIL("no refusal");
        } catch (const RuleViolation &e) {
            REQUIRE(e.issues().size() == 1);
            CHECK(e.issues().front().path == QStringLiteral("password"));
        }
    }
    CHECK(f.auth.login(QStringLiteral("jorgen"), QStringLiteral("midlertidig-1")).status
        == AuthService::LoginStatus::MustChangePassword);
}

TEST_CASE("A wrong current password when choosing a new one counts towards the lock-out",
    "[core][auth][accounts]")
{
    AuthFixture f;
    for (int i = 0; i < AuthService::maxFailedLogins - 1; ++i) {
        CHECK(f.auth.changePasswordAndLogin(QStringLiteral("anne"), QStringLiteral("forkert!!"),
                  QStringLiteral("en ny lang kode"))
                  .status
            == AuthService::LoginStatus::WrongCredentials);
    }
    CHECK(f.auth.login(QStringLiteral("anne"), QStringLiteral("forkert!!")).status
        == AuthService::LoginStatus::Locked);
    CHECK(f.logCount(QStringLiteral("account_locked")) == 1);
}

TEST_CASE("A user changes their own password; a wrong current one is refused and counted",
    "[core][auth][accounts]")
{
    AuthFixture f;
    const Actor anne {QStringLiteral("s1"), QStringLiteral("Anne Holm"), Role::Therapist, false};
    try {
        f.auth.changeOwnPassword(anne, QStringLiteral("forkert!!"), QStringLiteral("ny og lang"));
        FAIL("no refusal");
    } catch (const RuleViolation &e) {
        CHECK(e.issues().front().path == QStringLiteral("current"));
    }
    CHECK(f.credentials.status(QStringLiteral("s1")).failedLogins == 1);
    CHECK_THROWS_AS(f.auth.changeOwnPassword(anne, QStringLiteral("hemmelig1"), QStringLiteral("kort")),
        RuleViolation);
    f.auth.changeOwnPassword(anne, QStringLiteral("hemmelig1"), QStringLiteral("ny og lang"));
    CHECK(f.auth.login(QStringLiteral("anne"), QStringLiteral("ny og lang")).status
        == AuthService::LoginStatus::Ok);
    CHECK(f.logCount(QStringLiteral("change")) == 1);
}

TEST_CASE("A deactivated account cannot log in with the right password, and the try is logged",
    "[core][auth][accounts]")
{
    AuthFixture f;
    StaffRepository staff(f.db);
    StaffMember anne = *staff.byId(QStringLiteral("s1"));
    anne.active = false;
    staff.update(anne);
    const auto result = f.auth.login(QStringLiteral("anne"), QStringLiteral("hemmelig1"));
    CHECK(result.status == AuthService::LoginStatus::Inactive);
    CHECK_FALSE(result.actor);
    CHECK(f.logCount(QStringLiteral("login_failed")) == 1);
}

TEST_CASE("A lock runs out after the lock time; a right password then lets the user in",
    "[core][auth][accounts]")
{
    AuthFixture f;
    f.clock.set(QDateTime(QDate(2025, 3, 4), QTime(9, 0), Clock::zone()));
    for (int i = 0; i < AuthService::maxFailedLogins; ++i)
        f.auth.login(QStringLiteral("anne"), QStringLiteral("forkert!!"));
    const auto locked = f.auth.login(QStringLiteral("anne"), QStringLiteral("hemmelig1"));
    CHECK(locked.status == AuthService::LoginStatus::Locked);
    CHECK(locked.message.contains(QStringLiteral("09:15"))); // centre time, whatever the PC's
    f.clock.advance(AuthService::lockMinutes * 60 - 1);
    CHECK(f.auth.login(QStringLiteral("anne"), QStringLiteral("hemmelig1")).status
        == AuthService::LoginStatus::Locked);
    f.clock.advance(2);
    CHECK(f.auth.login(QStringLiteral("anne"), QStringLiteral("hemmelig1")).status
        == AuthService::LoginStatus::Ok);
    CHECK(f.credentials.status(QStringLiteral("s1")).failedLogins == 0);
}

TEST_CASE("Unlocking the screen with the right password returns the same staff member",
    "[core][auth][lock]")
{
    AuthFixture f;
    const Actor anne {QStringLiteral("s1"), QStringLiteral("Anne Holm"), Role::Therapist, false};
    const auto result = f.auth.unlock(anne, QStringLiteral("hemmelig1"));
    CHECK(result.status == AuthService::LoginStatus::Ok);
    REQUIRE(result.actor);
    CHECK(result.actor->staffId == anne.staffId);
}

TEST_CASE("Five wrong passwords on the lock screen lock the account", "[core][auth][lock]")
{
    AuthFixture f;
    const Actor anne {QStringLiteral("s1"), QStringLiteral("Anne Holm"), Role::Therapist, false};
    for (int i = 0; i < AuthService::maxFailedLogins - 1; ++i)
        CHECK(f.auth.unlock(anne, QStringLiteral("forkert")).status
            == AuthService::LoginStatus::WrongCredentials);
    CHECK(
        f.auth.unlock(anne, QStringLiteral("forkert")).status == AuthService::LoginStatus::Locked);
    const auto result = f.auth.unlock(anne, QStringLiteral("hemmelig1"));
    CHECK(result.status == AuthService::LoginStatus::Locked);
    CHECK_FALSE(result.message.isEmpty());
}
