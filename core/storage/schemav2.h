#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// Schema version 2: immutability in the database itself. Triggers refuse UPDATE and DELETE of
/// signed journal notes, prescriptions (except shortening the end date), dispensings and the
/// access log; deleting is allowed only for a client disposed of after the retention period
/// (a row in `disposals`) and for access-log entries up to a recorded purge anchor.
QStringList schemaV2(SqlEngine engine);

} // namespace mestring::core
