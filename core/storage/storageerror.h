#pragma once

#include <stdexcept>

#include <QString>

namespace mestring::core {

/// A failure of the database itself (disk full, locked past the busy timeout, corrupt file, the
/// server gone). Keeps the driver's text so a support person can see what SQLite or PostgreSQL
/// said, and what kind of failure it was (classified by the backend from the error code or SQL
/// state, never from the message text).
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        Other,
        Busy, // another connection held a lock past the wait limit, or a deadlock was broken
        UniqueViolation, // a second row with the same key
        Refused, // a constraint or trigger of the database refused the change
        ConnectionLost, // the server or the network went away
        // the connection went away while a commit was on its way, and the server could not be
        // asked since whether it was saved (Database::ensureConnected() asks it first thing)
        OutcomeUnknown,
        NotAllowed, // the server refused the staff member's login the privilege (issue 17)
        Damaged, // the stored data itself is damaged (see damaged())
    };

    StorageError(const QString &message, const QString &driverText = {}, Kind kind = Kind::Other)
        : std::runtime_error(
            (driverText.isEmpty() ? message : message + QStringLiteral(" (") + driverText + QLatin1Char(')'))
                .toStdString())
        , m_message(message)
        , m_driverText(driverText)
        , m_kind(kind)
    {
    }

    /// The one message for a damaged database file, whoever finds the damage: the check before
    /// the first write, SQLite's own corruption errors while reading or writing, `check`.
    static StorageError damaged(const QString &path, const QString &driverText);

    QString message() const { return m_message; }
    QString driverText() const { return m_driverText; }
    Kind kind() const { return m_kind; }
    /// True when another program held the database longer than the busy timeout.
    bool isBusy() const { return m_kind == Kind::Busy; }
    /// True when the database itself is damaged (see damaged()).
    bool isDamage() const { return m_kind == Kind::Damaged; }

private:
    QString m_message;
    QString m_driverText;
    Kind m_kind = Kind::Other;
};

} // namespace mestring::core
