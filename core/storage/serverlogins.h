#pragma once

#include <QString>

#include "databaselocation.h"

namespace mestring::core {

class Database;

/// Staff members' own logins on a server (schema v10, serverroles.h), through the narrow
/// functions the schema gives a manager: no statement here names a role itself. Throws
/// StorageError.
namespace serverlogins {

/// The server login of the staff member `username` in `db`'s database: "username@database",
/// the username in lower case.
QString loginName(const Database &db, const QString &username);
/// The same for the database at `location`.
QString loginName(const DatabaseLocation &location, const QString &username);
/// Whether the staff member has a login on the server yet.
bool hasLogin(const Database &db, const QString &staffId);
/// Whether a password has been set for the staff member's login on the server.
bool hasPassword(const Database &db, const QString &staffId);
/// Makes the staff member's login match their row (username, role, active).
void sync(const Database &db, const QString &staffId);
/// Sets the login's password. Only its SCRAM verifier, computed here by libpq, is sent.
void setPassword(
    const Database &db, const QString &staffId, const QString &password, bool mustChange);
/// Whether the server accepts `password` for the login `username` at `server` (a connection
/// of its own, closed at once). False for a wrong password, an unknown or disabled login;
/// throws StorageError when the server cannot be reached.
bool passwordOpens(
    const DatabaseLocation &server, const QString &username, const QString &password);

/// Whether the server at `server` answers (it may still refuse a login); no login is tried.
/// Waits at most the connection's timeout: for a thread of its own while the network is away.
bool answers(const DatabaseLocation &server);

} // namespace serverlogins

} // namespace mestring::core
