#pragma once

#include <optional>
#include <vector>

#include <QDateTime>

#include "core/domain/staffmember.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// What login needs of an account besides the StaffMember value.
struct Credentials
{
    QString passwordHash; // libsodium's encoded Argon2id string; null = cannot log in
    int failedLogins = 0;
    QDateTime lockedUntil;
    bool mustChange = false; // choose a new password at the next login
};

class StaffRepository
{
public:
    explicit StaffRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    void insert(const StaffMember &member);
    void update(const StaffMember &member);
    std::optional<StaffMember> byId(const QString &id) const;
    std::optional<StaffMember> byUsername(const QString &username) const;
    /// Every member in the order they were stored (the export order).
    std::vector<StaffMember> all() const;

    /// Without `withHash` the password hash is left empty (a server's staff may not read it;
    /// their passwords are the server's own).
    Credentials credentials(const QString &id, bool withHash = true) const;
    /// Stores a new password hash; clears wrong-password counts and any lock.
    void setPasswordHash(const QString &id, const QString &hash, bool mustChange = false);
    void setLoginState(const QString &id, int failedLogins, const QDateTime &lockedUntil);

private:
    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
