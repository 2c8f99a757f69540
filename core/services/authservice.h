#pragma once

#include <optional>

#include <QString>

#include "actor.h"
#include "core/domain/rules/accountrules.h"
#include "credentialstore.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;
struct StaffMember;

/// Logging in, the lock screen and a staff member's own password. Passwords are checked and
/// stored by the CredentialStore; every login, wrong password, lock-out and password change is
/// in the access log.
class AuthService
{
public:
    static constexpr int maxFailedLogins = CredentialStore::maxFailedLogins;
    static constexpr int lockMinutes = CredentialStore::lockMinutes;
    static constexpr int minPasswordLength = core::minPasswordLength;

    enum class LoginStatus {
        Ok,
        WrongCredentials,
        Locked,
        Inactive,
        /// The password was right, but a manager set it: the user must choose a new one
        /// (changePasswordAndLogin) before they are let in. No actor yet.
        MustChangePassword,
    };
    struct LoginResult
    {
        LoginStatus status = LoginStatus::WrongCredentials;
        std::optional<Actor> actor;
        QString message; // for the user, when not Ok
    };

    AuthService(
        const Database &db, AccessLog &log, CredentialStore &credentials, const Clock &clock);

    /// What a wrong username or password is answered with (never which of the two).
    static QString wrongCredentialsMessage();

    LoginResult login(const QString &username, const QString &password);
    /// The second step of a login that answered MustChangePassword (and any login that
    /// changes the password on the way): the new password must follow the password rules
    /// (RuleViolation at "password" otherwise, nothing changed); the current one is checked
    /// again like a login, then the new one is stored and the user is logged in.
    LoginResult changePasswordAndLogin(
        const QString &username, const QString &current, const QString &newPassword);
    /// A logged-in staff member changes their own password. A wrong current password counts
    /// towards the lock-out and is refused at "current"; a new one against the rules at
    /// "password".
    void changeOwnPassword(
        const Actor &actor, const QString &current, const QString &newPassword);
    /// Unlocks the screen of a logged-in actor: the password is checked as a login of their
    /// own account, so wrong passwords count towards the lock-out and are logged.
    LoginResult unlock(const Actor &actor, const QString &password);
    /// Records that the actor's session ended (log out, or the program closed).
    void logOut(const Actor &actor);

private:
    /// Checks the password of `member` inside the caller's transaction and logs a refusal.
    /// Ok (with the actor) only for a right password of an active account; `mustChange` tells
    /// whether a manager's password is still to be replaced. Success is not logged here.
    LoginResult checkPassword(const StaffMember &member, const QString &password, bool &mustChange);
    LoginResult refuseUnknown(const QString &username);

    const Database &m_db;
    AccessLog &m_log;
    CredentialStore &m_credentials;
    const Clock &m_clock;
};

} // namespace mestring::core
