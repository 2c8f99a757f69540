#pragma once

#include "credentialstore.h"

namespace mestring::core {

class Database;
struct Credentials;

/// The embedded file's logins: an Argon2id hash, the count of wrong passwords, the lock and
/// the must-change flag in the staff member's own row (StaffRepository).
class LocalCredentialStore : public CredentialStore
{
public:
    explicit LocalCredentialStore(const Database &db)
        : m_db(db)
    {
    }

    PasswordCheck check(const QString &staffId, const QString &password,
        const QDateTime &now) override;
    AccountStatus status(const QString &staffId) const override;
    void setPassword(const QString &staffId, const QString &password, bool mustChange) override;
    void unlock(const QString &staffId) override;
    /// Nothing to do: the staff row is the login (its username and active flag are read at
    /// every login).
    void syncLogin(const StaffMember &member) override { Q_UNUSED(member); }

protected:
    /// The count of wrong passwords, the lock and the must-change flag (and the hash, here).
    virtual Credentials stored(const QString &staffId) const;
    /// Whether `password` is the staff member's.
    virtual bool passwordRight(
        const QString &staffId, const Credentials &stored, const QString &password) const;

    const Database &m_db;
};

} // namespace mestring::core
