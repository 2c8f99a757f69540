#pragma once

#include <stdexcept>

#include <QString>

namespace mestring::core {

/// A failure of the database itself (disk full, locked past the busy timeout, corrupt file).
/// Keeps the driver's text so a support person can see what SQLite said.
class StorageError : public std::runtime_error
{
public:
    StorageError(const QString &message, const QString &driverText = {})
        : std::runtime_error(
            (driverText.isEmpty() ? message : message + QStringLiteral(" (") + driverText + QLatin1Char(')'))
                .toStdString())
        , m_message(message)
        , m_driverText(driverText)
    {
    }

    /// The one message for a damaged database file, whoever finds the damage: the check before
    /// the first write, SQLite's own corruption errors while reading or writing, `check`.
    static StorageError damaged(const QString &path, const QString &driverText);

    QString message() const { return m_message; }
    QString driverText() const { return m_driverText; }
    /// True when another program held the database longer than the busy timeout.
    bool isBusy() const;
    /// True when the database file itself is damaged (see damaged()).
    bool isDamage() const { return m_damage; }

private:
    QString m_message;
    QString m_driverText;
    bool m_damage = false;
};

} // namespace mestring::core
