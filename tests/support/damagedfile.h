#pragma once

#include <QString>

namespace mestring::test {

/// Damages the database file at `path` (closed, WAL checkpointed) where SQLite keeps `table`:
/// its first b-tree page gets a page type that does not exist. The header stays sound, so the
/// file still opens as a Mestring database; reading `table` and SQLite's quick_check report the
/// damage.
void damageTable(const QString &path, const QString &table);

} // namespace mestring::test
