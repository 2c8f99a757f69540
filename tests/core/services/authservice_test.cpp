#include <catch2/catch.hpp>

#include <QUuid>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/authservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/database.h"
#include "core/storage/staffrepository.h"

using namespace mestring::core;

namespace {

struct AuthFixture
{
    Database db {QUuid::createUuid().toString()};
    Clock clock;
    AccessLog log {db, clock};
    AuthService auth {db, log, clock};

    AuthFixture()
    {
        db.openInMemory();
        StaffRepository staff(db);
        staff.insert({QStringLiteral("s1"), QStringLiteral("Anne Holm"), Role::Therapist,
            QStringLiteral("anne"), true});
        staff.insert({QStringLiteral("m1"), QStringLiteral("Jørgen Mikkelsen"), Role::Manager,
            QStringLiteral("jorgen"), true});
        staff.setPasswordHash(
            QStringLiteral("s1"), AuthService::hashPassword(QStringLiteral("hemmelig1")));
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
    const QString a = AuthService::hashPassword(QStringLiteral("hemmelig1"));
    const QString b = AuthService::hashPassword(QStringLiteral("hemmelig1"));
    CHECK(a.startsWith(QStringLiteral("$argon2id$")));
    CHECK(a != b); // different salts
    CHECK(AuthService::passwordMatches(a, QStringLiteral("hemmelig1")));
    CHECK_FALSE(AuthService::passwordMatches(a, QStringLiteral("hemmelig2")));
    CHECK_FALSE(AuthService::passwordMatches(QString(), QStringLiteral("hemmelig1")));
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

TEST_CASE("A therapist may not set another staff member's password", "[core][auth][permissions]")
{
    AuthFixture f;
    const Actor anne {QStringLiteral("s1"), QStringLiteral("Anne Holm"), Role::Therapist, false};
    CHECK_THROWS_AS(f.auth.setPassword(anne, QStringLiteral("m1"), QStringLiteral("nytnyt123")),
        PermissionDenied);
    CHECK(f.auth.login(QStringLiteral("jorgen"), QStringLiteral("nytnyt123")).status
        != AuthService::LoginStatus::Ok);
}

TEST_CASE("A manager sets a password and the staff member can log in with it", "[core][auth]")
{
    AuthFixture f;
    const Actor manager {QStringLiteral("m1"), QStringLiteral("Jørgen"), Role::Manager, false};
    f.auth.setPassword(manager, QStringLiteral("m1"), QStringLiteral("nytnyt123"));
    CHECK(f.auth.login(QStringLiteral("jorgen"), QStringLiteral("nytnyt123")).status
        == AuthService::LoginStatus::Ok);
}

TEST_CASE("A password shorter than eight characters is refused", "[core][auth]")
{
    AuthFixture f;
    CHECK_THROWS_AS(
        f.auth.setPassword(Actor::system(), QStringLiteral("m1"), QStringLiteral("kort")),
        RuleViolation);
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
