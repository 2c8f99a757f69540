#pragma once

#include <QString>
#include <QVariant>

namespace mestring::core {

class Database;

/// The centre's settings kept in the database itself (they travel with the file and its
/// backups): key and text value.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db)
        : m_db(db)
    {
    }

    /// The stored text, or a null QString when the key was never set.
    QString value(const QString &key) const;
    /// Sets (or replaces) the value; call it inside the caller's transaction.
    void setValue(const QString &key, const QString &value);

private:
    const Database &m_db;
};

} // namespace mestring::core
