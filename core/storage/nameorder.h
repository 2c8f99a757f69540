#pragma once

#include <QString>

namespace mestring::core {

class Database;

/// SQL that orders by `expression` in Danish alphabetical order (core/domain/nameorder.h), e.g.
/// `ORDER BY ` + nameOrder(db, u"last_name") + `, id`. The collation is the engine's
/// (Backend::nameOrder): on SQLite the one registered by registerNameOrder(), on PostgreSQL
/// the ICU collation for Danish.
QString nameOrder(const Database &db, QStringView expression);

/// SQLite's form of nameOrder(): the collation registered by registerNameOrder().
QString sqliteNameOrder(QStringView expression);

/// Registers the collation behind sqliteNameOrder() on `db`'s SQLite connection (done when it
/// opens). Throws StorageError when the driver gives no SQLite handle.
void registerNameOrder(const Database &db);

} // namespace mestring::core
