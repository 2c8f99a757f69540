#pragma once

#include <QDateTime>
#include <QString>

#include "core/domain/staffmember.h"

namespace mestring::core {

/// A staff member's login as managers see it in Administration.
struct AccountStatus
{
    bool hasPassword = false; // false: cannot log in until a manager sets one (imported staff)
    bool mustChange = false; // must choose a new password at the next login
    int failedLogins = 0; // wrong passwords in a row since the last right one
    QDateTime lockedUntil; // after too many wrong passwords; in the past once it has run out

    bool isLockedAt(const QDateTime &now) const
    {
        return lockedUntil.isValid() && lockedUntil > now;
    }
};

/// What checking a password at login found.
struct PasswordCheck
{
    enum class Outcome {
        Right,
        Wrong,
        LockedNow, // this wrong password was one too many: the account is locked from now on
        Locked, // locked before this try; the password was not even checked
    };
    Outcome outcome = Outcome::Wrong;
    int failedLogins = 0; // after this check
    QDateTime lockedUntil;
    bool mustChange = false; // with Right: a new password must be chosen before going on
};

/// Where staff members' passwords live and are checked: every account operation of
/// AuthService and StaffService goes through here, so the storage can be swapped. Today the
/// embedded file keeps Argon2id hashes in the staff table (LocalCredentialStore). With a
/// database server (issue 17) each staff member becomes a login of the server itself, created,
/// changed and disabled through a narrow audited path; that store implements the same calls.
/// Implementations write inside the caller's transaction.
class CredentialStore
{
public:
    /// Wrong passwords in a row that lock an account, and for how long.
    static constexpr int maxFailedLogins = 5;
    static constexpr int lockMinutes = 15;

    virtual ~CredentialStore() = default;

    /// Checks a password at login and counts wrong ones: the maxFailedLogins-th wrong password
    /// in a row locks the account for lockMinutes; a locked account is refused whatever the
    /// password; a right password ends the count.
    virtual PasswordCheck check(const QString &staffId, const QString &password,
        const QDateTime &now) = 0;
    virtual AccountStatus status(const QString &staffId) const = 0;
    /// Sets a new password and lifts any lock. With `mustChange` the staff member must choose
    /// a new password at the next login (a manager's reset); without, it is their own.
    virtual void setPassword(const QString &staffId, const QString &password, bool mustChange)
        = 0;
    /// Lifts a lock and the count of wrong passwords; the password stays.
    virtual void unlock(const QString &staffId) = 0;
    /// Brings the member's login in line with the staff record after it was created or its
    /// username, role or active flag changed. The embedded file's login is the staff row
    /// itself; a server's store creates, renames, grants or disables the server login here.
    virtual void syncLogin(const StaffMember &member) = 0;
};

} // namespace mestring::core
