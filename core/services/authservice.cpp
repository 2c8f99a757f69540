#include "authservice.h"

#include <QCoreApplication>
#include <QDateTime>

#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/storage/database.h"
#include "core/storage/staffrepository.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

QString wrongCredentials()
{
    return AuthService::wrongCredentialsMessage();
}

Actor someoneTrying(const StaffMember &member)
{
    return {member.id, member.username, member.role, false};
}

} // namespace

QString AuthService::wrongCredentialsMessage()
{
    return tr("The username or password is wrong. Check them (is Caps Lock on?) and try again.");
}

AuthService::AuthService(
    const Database &db, AccessLog &log, CredentialStore &credentials, const Clock &clock)
    : m_db(db)
    , m_log(log)
    , m_credentials(credentials)
    , m_clock(clock)
{
}

AuthService::LoginResult AuthService::login(const QString &username, const QString &password)
{
    const std::optional<StaffMember> member = StaffRepository(m_db).byUsername(username.trimmed());
    if (!member) return refuseUnknown(username);
    Transaction transaction(m_db);
    bool mustChange = false;
    LoginResult result = checkPassword(*member, password, mustChange);
    if (result.status == LoginStatus::Ok && mustChange) {
        result = {LoginStatus::MustChangePassword, std::nullopt,
            tr("Your manager has set a password for you. Choose your own password now; nobody "
               "else will know it.")};
    } else if (result.status == LoginStatus::Ok) {
        m_log.appendInTransaction(
            *result.actor, AccessKind::Login, QString(), QString(), QString());
    }
    transaction.commit();
    return result;
}

AuthService::LoginResult AuthService::refuseUnknown(const QString &username)
{
    const Actor unknown {QStringLiteral("unknown"), username, Role::Therapist, false};
    m_log.record(unknown, AccessKind::LoginFailed, QString(), QString());
    // The same answer as a wrong password: nobody learns which usernames exist.
    return {LoginStatus::WrongCredentials, std::nullopt, wrongCredentials()};
}

AuthService::LoginResult AuthService::checkPassword(
    const StaffMember &member, const QString &password, bool &mustChange)
{
    const Actor someone = someoneTrying(member);
    const PasswordCheck check
        = m_credentials.check(member.id, password, m_clock.now());
    mustChange = check.mustChange;
    switch (check.outcome) {
    case PasswordCheck::Outcome::Locked:
        // Tries while locked are logged too: a run of them is what an attack looks like.
        m_log.appendInTransaction(someone, AccessKind::LoginFailed, QString(), QString(),
            QStringLiteral("account locked until ") + check.lockedUntil.toString(Qt::ISODate));
        return {LoginStatus::Locked, std::nullopt,
            tr("The account is locked after too many wrong passwords. Try again after %1, "
               "or ask your manager to unlock it.")
                .arg(Clock::centreTime(check.lockedUntil).toString(QStringLiteral("HH:mm")))};
    case PasswordCheck::Outcome::LockedNow:
        m_log.appendInTransaction(
            someone, AccessKind::LoginFailed, QString(), member.username, QString());
        m_log.appendInTransaction(
            someone, AccessKind::AccountLocked, QString(), QString(), QString());
        return {LoginStatus::Locked, std::nullopt,
            tr("The password was wrong %1 times. The account is locked for %2 minutes; your "
               "manager can unlock it at once.")
                .arg(check.failedLogins)
                .arg(lockMinutes)};
    case PasswordCheck::Outcome::Wrong:
        m_log.appendInTransaction(
            someone, AccessKind::LoginFailed, QString(), member.username, QString());
        return {LoginStatus::WrongCredentials, std::nullopt, wrongCredentials()};
    case PasswordCheck::Outcome::Right:
        break;
    }
    if (!member.active) {
        m_log.appendInTransaction(someone, AccessKind::LoginFailed, QString(), member.username,
            QStringLiteral("account deactivated"));
        return {LoginStatus::Inactive, std::nullopt,
            tr("This account is no longer active. Ask your manager.")};
    }
    return {LoginStatus::Ok, Actor::fromStaff(member), QString()};
}

AuthService::LoginResult AuthService::changePasswordAndLogin(
    const QString &username, const QString &current, const QString &newPassword)
{
    const std::optional<StaffMember> member = StaffRepository(m_db).byUsername(username.trimmed());
    if (!member) return refuseUnknown(username);
    refuseOnErrors(checkNewPassword(newPassword, *member, current));
    Transaction transaction(m_db);
    bool mustChange = false;
    const LoginResult result = checkPassword(*member, current, mustChange);
    if (result.status == LoginStatus::Ok) {
        m_credentials.setPassword(member->id, newPassword, false);
        m_log.appendInTransaction(*result.actor, AccessKind::Change, QString(), QString(),
            tr("Own password changed at login"));
        m_log.appendInTransaction(
            *result.actor, AccessKind::Login, QString(), QString(), QString());
    }
    transaction.commit();
    return result;
}

void AuthService::changeOwnPassword(
    const Actor &actor, const QString &current, const QString &newPassword)
{
    const StaffMember member = requireStaff(m_db, actor.staffId);
    refuseOnErrors(checkNewPassword(newPassword, member, current));
    Transaction transaction(m_db);
    bool mustChange = false;
    const LoginResult checked = checkPassword(member, current, mustChange);
    if (checked.status == LoginStatus::Ok) {
        m_credentials.setPassword(member.id, newPassword, false);
        m_log.appendInTransaction(
            actor, AccessKind::Change, QString(), QString(), tr("Own password changed"));
    }
    transaction.commit(); // a wrong current password counts towards the lock-out
    if (checked.status == LoginStatus::WrongCredentials) {
        throw RuleViolation({{RuleIssue::Severity::Error, QStringLiteral("current"),
            tr("The current password is wrong. Nothing was changed.")}});
    }
    if (checked.status != LoginStatus::Ok) {
        throw RuleViolation(
            {{RuleIssue::Severity::Error, QStringLiteral("current"), checked.message}});
    }
}

AuthService::LoginResult AuthService::unlock(const Actor &actor, const QString &password)
{
    const std::optional<StaffMember> member = StaffRepository(m_db).byId(actor.staffId);
    if (!member || member->username.isEmpty()) return refuseUnknown(QString());
    return login(member->username, password);
}

void AuthService::logOut(const Actor &actor)
{
    m_log.record(actor, AccessKind::Logout, QString());
}

} // namespace mestring::core
