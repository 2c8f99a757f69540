#pragma once

#include "core/storage/databaselocation.h"
#include "ui/services.h"

namespace mestring::core {
class Database;
}

namespace mestring::app {

/// Services::signIn on a server at `server` (issue 17): opens `db` as the staff member's own
/// login ("username@database", core/storage/serverlogins.h) unless it is open as them with that
/// password already. The password is tried on a connection of its own first, so a wrong one
/// leaves the open connection, and any locked session's work, as it was. One connection serves
/// the PC's working user: it follows whoever logs in or unlocks.
ui::SignIn serverSignIn(core::Database &db, const core::DatabaseLocation &server);

/// Services::passwordChanged on a server: connects `db` again, as the same login, with the
/// new password (every later connection is made from its address).
std::function<void(const QString &password)> serverPasswordChanged(core::Database &db);

} // namespace mestring::app
