#pragma once

#include <QHash>
#include <QString>

#include "core/storage/databaselocation.h"

namespace mestring::load {

/// The server logins of the simulated staff (`--login-file`): a line per login,
/// `LOGIN PASSWORD [USERNAME]`, where USERNAME is the staff member's Mestring username and
/// defaults to LOGIN (a login per staff member named after them). Blank lines and lines
/// starting with `#` are skipped; a password holds no spaces.
class LoginFile
{
public:
    LoginFile() = default;
    /// Throws std::runtime_error when the file cannot be read or a line is malformed.
    static LoginFile read(const QString &path);

    bool has(const QString &username) const { return m_logins.contains(username); }
    qsizetype size() const { return m_logins.size(); }

    /// Where the staff member `username` connects: `base` with their own login and password
    /// when the file has one, else `base` itself (the address's login, ~/.pgpass).
    core::DatabaseLocation locationFor(
        const core::DatabaseLocation &base, const QString &username) const;

private:
    struct Login
    {
        QString login;
        QString password;
    };
    QHash<QString, Login> m_logins; // by Mestring username
};

} // namespace mestring::load
