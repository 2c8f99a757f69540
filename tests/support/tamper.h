#pragma once

#include <QString>

#include "core/storage/database.h"

namespace mestring::test {

/// Takes away the database's own refusal to change or delete rows of `table` (the triggers of
/// schema v2), as someone with an SQLite tool on the file, or the schema owner's login on a
/// server, could; what the checks find afterwards is what such a person leaves behind.
void removeImmutability(const core::Database &db, const QString &table);

} // namespace mestring::test
