#pragma once

#include <optional>

#include <QString>

#include "actor.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// Password hashing (Argon2id from libsodium, per-user random salt inside the encoded hash)
/// and login with lock-out after repeated wrong passwords.
class AuthService
{
public:
    static constexpr int maxFailedLogins = 5;
    static constexpr int lockMinutes = 15;
    static constexpr int minPasswordLength = 8;

    enum class LoginStatus { Ok, WrongCredentials, Locked, Inactive };
    struct LoginResult
    {
        LoginStatus status = LoginStatus::WrongCredentials;
        std::optional<Actor> actor;
        QString message; // for the user, when not Ok
    };

    AuthService(const Database &db, AccessLog &log, const Clock &clock);

    LoginResult login(const QString &username, const QString &password);
    /// Checks the password of an already logged-in actor (the lock screen).
    bool verify(const Actor &actor, const QString &password);
    /// Unlocks the screen of a logged-in actor: the password is checked as a login of their
    /// own account, so wrong passwords count towards the lock-out and are logged.
    LoginResult unlock(const Actor &actor, const QString &password);
    /// Sets a staff member's password; managers for anyone, everyone for themselves.
    void setPassword(const Actor &actor, const QString &staffId, const QString &password);

    static QString hashPassword(const QString &password);
    static bool passwordMatches(const QString &encodedHash, const QString &password);

private:
    LoginResult refuse(const QString &staffId, const QString &username);

    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
