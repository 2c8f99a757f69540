#pragma once

#include <QString>

namespace mestring::core {

class Database;

/// SQL that orders by `expression` in Danish alphabetical order (core/domain/nameorder.h), e.g.
/// `ORDER BY ` + nameOrder(u"last_name") + `, id`. The collation's name and how it is used
/// live only here: SQLite uses the collation registered by registerNameOrder(); a PostgreSQL
/// backend names its ICU collation here instead.
QString nameOrder(QStringView expression);

/// Registers the collation behind nameOrder() on `db`'s connection (done when it opens).
/// Throws StorageError when the driver gives no SQLite handle.
void registerNameOrder(const Database &db);

} // namespace mestring::core
