#include "servercredentialstore.h"

#include "core/storage/database.h"
#include "core/storage/serverlogins.h"
#include "core/storage/staffrepository.h"

namespace mestring::core {

Credentials ServerCredentialStore::stored(const QString &staffId) const
{
    return StaffRepository(m_db).credentials(staffId, false);
}

bool ServerCredentialStore::passwordRight(
    const QString &staffId, const Credentials &, const QString &password) const
{
    const std::optional<StaffMember> member = StaffRepository(m_db).byId(staffId);
    if (!member || member->username.isEmpty()) return false;
    const QString login = serverlogins::loginName(m_db, member->username);
    // The connection itself was opened with these a moment ago (the login's sign-in).
    const DatabaseLocation &connected = m_db.location();
    if (connected.user() == login && connected.password() == password) return true;
    return serverlogins::passwordOpens(connected, login, password);
}

AccountStatus ServerCredentialStore::status(const QString &staffId) const
{
    AccountStatus status = LocalCredentialStore::status(staffId);
    status.hasPassword = serverlogins::hasPassword(m_db, staffId);
    return status;
}

void ServerCredentialStore::setPassword(
    const QString &staffId, const QString &password, bool mustChange)
{
    // A staff member who came without a login (a copy of a file, an import) gets it first.
    if (!serverlogins::hasLogin(m_db, staffId)) serverlogins::sync(m_db, staffId);
    serverlogins::setPassword(m_db, staffId, password, mustChange);
}

void ServerCredentialStore::syncLogin(const StaffMember &member)
{
    serverlogins::sync(m_db, member.id);
}

namespace {

// Asks the database where it is at each call: the program builds its services before it
// connects to a server, as the login names the server's login.
class StoreOfDatabase final : public CredentialStore
{
public:
    explicit StoreOfDatabase(const Database &db)
        : m_db(db)
        , m_local(db)
        , m_server(db)
    {
    }

    PasswordCheck check(
        const QString &staffId, const QString &password, const QDateTime &now) override
    {
        return store().check(staffId, password, now);
    }
    AccountStatus status(const QString &staffId) const override { return store().status(staffId); }
    void setPassword(const QString &staffId, const QString &password, bool mustChange) override
    {
        store().setPassword(staffId, password, mustChange);
    }
    void unlock(const QString &staffId) override { store().unlock(staffId); }
    void syncLogin(const StaffMember &member) override { store().syncLogin(member); }

private:
    CredentialStore &store() const
    {
        return m_db.location().isServer() ? static_cast<CredentialStore &>(m_server)
                                          : static_cast<CredentialStore &>(m_local);
    }

    const Database &m_db;
    mutable LocalCredentialStore m_local;
    mutable ServerCredentialStore m_server;
};

} // namespace

std::unique_ptr<CredentialStore> credentialStoreFor(const Database &db)
{
    return std::make_unique<StoreOfDatabase>(db);
}

} // namespace mestring::core
