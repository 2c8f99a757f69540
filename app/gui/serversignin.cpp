#include "serversignin.h"

#include "core/services/authservice.h"
#include "core/storage/database.h"
#include "core/storage/serverlogins.h"
#include "core/storage/storageerror.h"

namespace mestring::app {

ui::SignIn serverSignIn(core::Database &db, const core::DatabaseLocation &server)
{
    return [&db, server](const QString &username, const QString &password) -> QString {
        const QString login = core::serverlogins::loginName(server, username);
        const core::DatabaseLocation &connected = db.location();
        if (db.isOpen() && connected.user() == login && connected.password() == password) return {};
        try {
            if (!core::serverlogins::passwordOpens(server, login, password))
                return core::AuthService::wrongCredentialsMessage();
            db.open(server.withLogin(login, password), core::Database::OpenMode::MustExist);
        } catch (const core::StorageError &error) {
            return error.message();
        }
        return {};
    };
}

std::function<void(const QString &password)> serverPasswordChanged(core::Database &db)
{
    return [&db](const QString &password) {
        try {
            db.open(db.location().withPassword(password), core::Database::OpenMode::MustExist);
        } catch (const core::StorageError &error) {
            // The password is changed; what failed is only this connection, which the next
            // operation reports as the server being unreachable.
            qWarning(
                "Reconnecting with the new password failed: %s", qUtf8Printable(error.message()));
        }
    };
}

} // namespace mestring::app
