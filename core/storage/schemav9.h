#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// Live lists (issue 17): on a server every change to a table the lists show is announced to
/// the programs listening (ChangeFeed), by the database itself, whoever makes it. Nothing on a
/// file (its programs look at its data version).
QStringList schemaV9(SqlEngine engine);

} // namespace mestring::core
