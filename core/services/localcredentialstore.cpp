#include "localcredentialstore.h"

#include "core/storage/staffrepository.h"
#include "passwordhash.h"

namespace mestring::core {

PasswordCheck LocalCredentialStore::check(
    const QString &staffId, const QString &password, const QDateTime &now)
{
    StaffRepository staff(m_db);
    const Credentials stored = this->stored(staffId);
    PasswordCheck result;
    result.failedLogins = stored.failedLogins;
    result.lockedUntil = stored.lockedUntil;
    if (stored.lockedUntil.isValid() && stored.lockedUntil > now) {
        result.outcome = PasswordCheck::Outcome::Locked;
        return result;
    }
    if (passwordRight(staffId, stored, password)) {
        staff.setLoginState(staffId, 0, QDateTime());
        return {PasswordCheck::Outcome::Right, 0, QDateTime(), stored.mustChange};
    }
    const int failed = stored.failedLogins + 1;
    if (failed >= maxFailedLogins) {
        // The count starts again after the lock, so the next run of wrong passwords locks again.
        result = {PasswordCheck::Outcome::LockedNow, failed, now.addSecs(lockMinutes * 60), false};
        staff.setLoginState(staffId, 0, result.lockedUntil);
        return result;
    }
    staff.setLoginState(staffId, failed, QDateTime());
    return {PasswordCheck::Outcome::Wrong, failed, QDateTime(), false};
}

Credentials LocalCredentialStore::stored(const QString &staffId) const
{
    return StaffRepository(m_db).credentials(staffId);
}

bool LocalCredentialStore::passwordRight(
    const QString &, const Credentials &stored, const QString &password) const
{
    return passwordMatches(stored.passwordHash, password);
}

AccountStatus LocalCredentialStore::status(const QString &staffId) const
{
    const Credentials stored = this->stored(staffId);
    return {!stored.passwordHash.isEmpty(), stored.mustChange, stored.failedLogins,
        stored.lockedUntil};
}

void LocalCredentialStore::setPassword(
    const QString &staffId, const QString &password, bool mustChange)
{
    StaffRepository(m_db).setPasswordHash(staffId, hashPassword(password), mustChange);
}

void LocalCredentialStore::unlock(const QString &staffId)
{
    StaffRepository(m_db).setLoginState(staffId, 0, QDateTime());
}

} // namespace mestring::core
