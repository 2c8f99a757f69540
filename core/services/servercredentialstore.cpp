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
    return serverlogins::passwordOpens(
        m_db.location(), serverlogins::loginName(m_db, member->username), password);
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
    serverlogins::setPassword(m_db, staffId, password, mustChange);
}

void ServerCredentialStore::syncLogin(const StaffMember &member)
{
    serverlogins::sync(m_db, member.id);
}

std::unique_ptr<CredentialStore> credentialStoreFor(const Database &db)
{
    if (db.location().isServer()) return std::make_unique<ServerCredentialStore>(db);
    return std::make_unique<LocalCredentialStore>(db);
}

} // namespace mestring::core
