#include "settingsrepository.h"

#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

QString SettingsRepository::value(const QString &key) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bind(key);
    return textFrom(q.scalar());
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    // Delete and insert rather than an upsert, which PostgreSQL and SQLite spell alike only
    // in recent versions.
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"));
    remove.bind(key);
    remove.exec();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    insert.bind(key).bind(value);
    insert.exec();
}

} // namespace mestring::core
