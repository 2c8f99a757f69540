#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// Schema version 5: staff administration. A staff member's team (domain.md, staff member)
/// and the flag that makes them choose a new password at the next login (set when a manager
/// creates the account or resets its password).
QStringList schemaV5(SqlEngine engine);

} // namespace mestring::core
