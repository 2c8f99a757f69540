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

    QString message() const { return m_message; }
    QString driverText() const { return m_driverText; }
    /// True when another program held the database longer than the busy timeout.
    bool isBusy() const;

private:
    QString m_message;
    QString m_driverText;
};

} // namespace mestring::core
