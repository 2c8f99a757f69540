#include "servicefixture.h"

#include "core/services/authservice.h"
#include "core/services/localcredentialstore.h"
#include "core/services/permissions.h"
#include "core/services/staffservice.h"
#include "core/storage/staffrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

struct AccountFixture : ServiceFixture
{
    LocalCredentialStore credentials {db};
    StaffService staff {db, log, credentials, clock};
    AuthService auth {db, log, credentials, clock};

    static StaffMember newcomer(const char *username = "pia")
    {
        StaffMember m {QString(), QStringLiteral("Pia Munk"), Role::Therapist,
            QLatin1StringView(username).toString(), true};
        m.team = QStringLiteral("Alkoholteam");
        return m;
    }
    StaffMember stored(const QString &id) { return *StaffRepository(db).byId(id); }
    // Every login's stored state, so a refusal can be shown to change no password either.
    QStringList logins() const
    {
        QStringList result;
        for (const StaffMember &m : StaffRepository(db).all()) {
            const Credentials c = StaffRepository(db).credentials(m.id);
            result << QStringLiteral("%1|%2|%3|%4|%5")
                          .arg(m.id, c.passwordHash)
                          .arg(c.failedLogins)
                          .arg(c.lockedUntil.toString(Qt::ISODate))
                          .arg(c.mustChange);
        }
        return result;
    }
    QString lastDetail() const { return log.find({}).front().detail; }
    QString lastActor() const { return log.find({}).front().actor; }
};

const QString temporary = QStringLiteral("sommer-kaffe-7");

} // namespace

TEST_CASE("A manager creates an account with a temporary password; the new therapist logs in "
          "once with it and must choose their own",
    "[core][services][staff][accounts]")
{
    AccountFixture f;
    const QString id = f.staff.create(f.manager, AccountFixture::newcomer(), temporary).id;
    CHECK(f.stored(id).team == QStringLiteral("Alkoholteam"));
    const AccountStatus status = f.credentials.status(id);
    CHECK(status.hasPassword);
    CHECK(status.mustChange);

    CHECK(f.auth.login(QStringLiteral("pia"), temporary).status
        == AuthService::LoginStatus::MustChangePassword);
    const auto in
        = f.auth.changePasswordAndLogin(QStringLiteral("pia"), temporary, QStringLiteral("min egen kode 1"));
    REQUIRE(in.status == AuthService::LoginStatus::Ok);
    CHECK(in.actor->staffId == id);
    CHECK(in.actor->role == Role::Therapist);
}

TEST_CASE("Creating an account is logged with who created whose account, role and team",
    "[core][services][staff][accounts]")
{
    AccountFixture f;
    f.staff.create(f.manager, AccountFixture::newcomer(), temporary);
    CHECK(f.logged(QStringLiteral("create")) == 1);
    CHECK(f.lastActor() == f.manager.staffId);
    CHECK(f.lastDetail().contains(QStringLiteral("Pia Munk (pia)")));
    CHECK(f.lastDetail().contains(roleTitle(Role::Therapist)));
    CHECK(f.lastDetail().contains(QStringLiteral("Alkoholteam")));
    CHECK_FALSE(f.lastDetail().contains(temporary));
}

TEST_CASE("An account with a bad temporary password, a bad or taken username, or a password "
          "without a username is refused and nothing is stored",
    "[core][services][staff][accounts]")
{
    AccountFixture f;
    const QStringList before = f.logins();
    for (const QString &bad : {QStringLiteral("kort"), QStringLiteral("12345678"),
             QStringLiteral("pia-pia-pia")}) {
        const QString message = f.refusedUnchanged(
            [&] { f.staff.create(f.manager, AccountFixture::newcomer(), bad); });
        CHECK_FALSE(message.isEmpty());
    }
    f.refusedUnchanged(
        [&] { f.staff.create(f.manager, AccountFixture::newcomer("pia munk"), temporary); });
    f.refusedUnchanged(
        [&] { f.staff.create(f.manager, AccountFixture::newcomer("S-THER"), temporary); });
    f.refusedUnchanged([&] { f.staff.create(f.manager, AccountFixture::newcomer(""), temporary); });
    StaffMember longTeam = AccountFixture::newcomer();
    longTeam.team = QString(61, QLatin1Char('x'));
    f.refusedUnchanged([&] { f.staff.create(f.manager, longTeam); });
    CHECK(f.logins() == before);
}

TEST_CASE("Only managers create accounts, reset passwords, unlock and change teams",
    "[core][services][staff][accounts][permissions]")
{
    AccountFixture f;
    const QStringList before = f.logins();
    for (const Actor &actor : {f.therapist, f.coordinator, f.doctor, f.admin}) {
        f.refusedUnchanged<PermissionDenied>(
            [&] { f.staff.create(actor, AccountFixture::newcomer(), temporary); });
        f.refusedUnchanged<PermissionDenied>(
            [&] { f.staff.resetPassword(actor, f.nurse.staffId, temporary); });
        f.refusedUnchanged<PermissionDenied>([&] { f.staff.unlock(actor, f.nurse.staffId); });
        f.refusedUnchanged<PermissionDenied>(
            [&] { f.staff.changeTeam(actor, f.nurse.staffId, QStringLiteral("Stofteam")); });
        f.refusedUnchanged<PermissionDenied>([&] { f.staff.accounts(actor); });
    }
    CHECK(f.logins() == before);
}

TEST_CASE("A reset password must be changed at the next login, lifts a lock and is logged",
    "[core][services][staff][accounts]")
{
    AccountFixture f;
    f.credentials.setPassword(f.nurse.staffId, QStringLiteral("mettes kode"), false);
    for (int i = 0; i < AuthService::maxFailedLogins; ++i)
        f.auth.login(f.nurse.staffId, QStringLiteral("forkert"));
    REQUIRE(f.credentials.status(f.nurse.staffId).isLockedAt(f.clock.now()));

    f.staff.resetPassword(f.manager, f.nurse.staffId, temporary);
    CHECK_FALSE(f.credentials.status(f.nurse.staffId).isLockedAt(f.clock.now()));
    CHECK(f.lastActor() == f.manager.staffId);
    CHECK(f.lastDetail().contains(QStringLiteral("Mette Dahl (s-nurse)")));
    CHECK_FALSE(f.lastDetail().contains(temporary));
    CHECK(f.auth.login(f.nurse.staffId, QStringLiteral("mettes kode")).status
        == AuthService::LoginStatus::WrongCredentials);
    CHECK(f.auth.login(f.nurse.staffId, temporary).status
        == AuthService::LoginStatus::MustChangePassword);
}

TEST_CASE("A temporary password against the rules or for a member without a username is "
          "refused",
    "[core][services][staff][accounts]")
{
    AccountFixture f;
    const QStringList before = f.logins();
    f.refusedUnchanged([&] { f.staff.resetPassword(f.manager, f.nurse.staffId, QStringLiteral("kort")); });
    StaffMember external {QStringLiteral("s-ext"), QStringLiteral("Ekstern Læge"), Role::Doctor,
        QString(), true};
    StaffRepository(f.db).insert(external);
    const QString message
        = f.refusedUnchanged([&] { f.staff.resetPassword(f.manager, external.id, temporary); });
    CHECK(message.contains(QStringLiteral("Ekstern Læge")));
    CHECK(f.credentials.status(external.id).hasPassword == false);
}

TEST_CASE("A manager unlocks a locked account at once; an unlocked one is left alone",
    "[core][services][staff][accounts]")
{
    AccountFixture f;
    f.credentials.setPassword(f.nurse.staffId, QStringLiteral("mettes kode"), false);
    CHECK_FALSE(f.staff.unlock(f.manager, f.nurse.staffId));
    CHECK(f.logged(QStringLiteral("change")) == 0);
    for (int i = 0; i < AuthService::maxFailedLogins; ++i)
        f.auth.login(f.nurse.staffId, QStringLiteral("forkert"));
    CHECK(f.auth.login(f.nurse.staffId, QStringLiteral("mettes kode")).status
        == AuthService::LoginStatus::Locked);

    CHECK(f.staff.unlock(f.manager, f.nurse.staffId));
    CHECK(f.lastDetail().contains(QStringLiteral("Mette Dahl")));
    CHECK(f.auth.login(f.nurse.staffId, QStringLiteral("mettes kode")).status
        == AuthService::LoginStatus::Ok);
}

TEST_CASE("Changing role and team is logged with what they were and became",
    "[core][services][staff][accounts]")
{
    AccountFixture f;
    f.staff.changeRole(f.manager, f.nurse.staffId, Role::Doctor);
    CHECK(f.stored(f.nurse.staffId).role == Role::Doctor);
    CHECK(f.lastDetail().contains(roleTitle(Role::Nurse)));
    CHECK(f.lastDetail().contains(roleTitle(Role::Doctor)));
    f.staff.changeTeam(f.manager, f.nurse.staffId, QStringLiteral("  Stofteam "));
    CHECK(f.stored(f.nurse.staffId).team == QStringLiteral("Stofteam"));
    CHECK(f.lastDetail().contains(QStringLiteral("Stofteam")));
    CHECK(f.logged(QStringLiteral("change")) == 2);
    // Saving what is already stored writes nothing.
    f.staff.changeTeam(f.manager, f.nurse.staffId, QStringLiteral("Stofteam"));
    CHECK(f.logged(QStringLiteral("change")) == 2);
}

TEST_CASE("A deactivated member cannot log in until reactivated; their records keep them",
    "[core][services][staff][accounts]")
{
    AccountFixture f;
    f.credentials.setPassword(f.nurse.staffId, QStringLiteral("mettes kode"), false);
    f.staff.setActive(f.manager, f.nurse.staffId, false);
    CHECK(f.lastDetail().contains(QStringLiteral("Mette Dahl")));
    CHECK(f.auth.login(f.nurse.staffId, QStringLiteral("mettes kode")).status
        == AuthService::LoginStatus::Inactive);
    CHECK(f.staff.get(f.therapist, f.nurse.staffId).name == QStringLiteral("Mette Dahl"));
    f.staff.setActive(f.manager, f.nurse.staffId, true);
    CHECK(f.auth.login(f.nurse.staffId, QStringLiteral("mettes kode")).status
        == AuthService::LoginStatus::Ok);
}

TEST_CASE("Nobody deactivates their own account or takes away an account's username",
    "[core][services][staff][accounts]")
{
    AccountFixture f;
    f.staff.changeRole(f.manager, f.coordinator.staffId, Role::Manager);
    f.refusedUnchanged([&] { f.staff.setActive(f.manager, f.manager.staffId, false); });
    StaffMember nurse = f.stored(f.nurse.staffId);
    nurse.username.clear();
    f.refusedUnchanged([&] { f.staff.update(f.manager, nurse); });
}

TEST_CASE("Imported staff cannot log in until a manager sets a password",
    "[core][services][staff][accounts]")
{
    AccountFixture f;
    // The fixture's staff came in without passwords, as an import brings them.
    CHECK_FALSE(f.credentials.status(f.therapist.staffId).hasPassword);
    CHECK(f.auth.login(f.therapist.staffId, QString()).status
        == AuthService::LoginStatus::WrongCredentials);
    f.staff.resetPassword(f.manager, f.therapist.staffId, temporary);
    CHECK(f.auth.changePasswordAndLogin(f.therapist.staffId, temporary, QStringLiteral("annes kode"))
              .status
        == AuthService::LoginStatus::Ok);
}

TEST_CASE("The managers' list shows each login's state", "[core][services][staff][accounts]")
{
    AccountFixture f;
    f.credentials.setPassword(f.nurse.staffId, QStringLiteral("mettes kode"), false);
    f.staff.resetPassword(f.manager, f.doctor.staffId, temporary);
    for (int i = 0; i < AuthService::maxFailedLogins; ++i)
        f.auth.login(f.nurse.staffId, QStringLiteral("forkert"));
    const auto accounts = f.staff.accounts(f.manager);
    CHECK(accounts.size() == 7);
    const auto find = [&](const QString &id) {
        return *std::find_if(accounts.begin(), accounts.end(),
            [&](const StaffAccount &a) { return a.member.id == id; });
    };
    const QDateTime now = f.clock.now();
    CHECK(find(f.nurse.staffId).status.isLockedAt(now));
    CHECK(find(f.doctor.staffId).status.mustChange);
    CHECK_FALSE(find(f.therapist.staffId).status.hasPassword);
}
