#include "rowversion.h"

#include "sqlquery.h"

namespace mestring::core {

std::optional<RowVersion> storedVersion(const Database &db, const char *table, const QString &id)
{
    SqlQuery q(db,
        QStringLiteral("SELECT version, changed_by, changed_at FROM %1 WHERE id = ?")
            .arg(QLatin1StringView(table)));
    q.bind(id);
    q.exec();
    if (!q.next()) return std::nullopt;
    return RowVersion {q.value(0).toInt(), textFrom(q.value(1)), dateTimeFrom(q.value(2))};
}

void claimVersion(const Database &db, const char *table, const QString &id, int version,
    const QString &staff, const QDateTime &at)
{
    SqlQuery q(db,
        QStringLiteral("UPDATE %1 SET version = version + 1, changed_by = ?, changed_at = ? "
                       "WHERE id = ? AND version = ?")
            .arg(QLatin1StringView(table)));
    q.bind(textValue(staff)).bind(dateTimeValue(at)).bind(id).bind(version);
    q.exec();
    if (q.raw().numRowsAffected() != 1) {
        throw StorageError(QStringLiteral("%1 %2 changed by another writer since it was read")
                               .arg(QLatin1StringView(table), id),
            {}, StorageError::Kind::Busy);
    }
}

void lockRow(const Database &db, const char *table, const QString &id)
{
    // An update that changes nothing: portable, and a server locks the row for it.
    SqlQuery q(db,
        QStringLiteral("UPDATE %1 SET version = version WHERE id = ?")
            .arg(QLatin1StringView(table)));
    q.bind(id);
    q.exec();
}

} // namespace mestring::core
