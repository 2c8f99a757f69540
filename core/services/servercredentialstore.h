#pragma once

#include "localcredentialstore.h"

namespace mestring::core {

/// A server's logins (issue 17): each staff member's password is that of their own login on
/// the server, which checks it (a connection of its own) and keeps it (only as a SCRAM hash).
/// Logins are made, renamed, granted their role's group and disabled through the schema's
/// narrow functions (core/storage/serverlogins.h), by a manager. The count of wrong passwords,
/// the lock and the must-change flag stay in the staff row, as on a file: they cover what the
/// program sees (the lock screen, a password change, a login whose connection the server
/// accepted); wrong passwords the server refuses before the program connects are the server's
/// to limit (docs/server.md).
class ServerCredentialStore : public LocalCredentialStore
{
public:
    using LocalCredentialStore::LocalCredentialStore;

    AccountStatus status(const QString &staffId) const override;
    void setPassword(const QString &staffId, const QString &password, bool mustChange) override;
    void syncLogin(const StaffMember &member) override;

protected:
    Credentials stored(const QString &staffId) const override;
    bool passwordRight(
        const QString &staffId, const Credentials &stored, const QString &password) const override;
};

/// The store for `db`: the server's logins while it is open on a server, the file's own
/// otherwise (asked at each call: a server is opened only at the login).
std::unique_ptr<CredentialStore> credentialStoreFor(const Database &db);

} // namespace mestring::core
