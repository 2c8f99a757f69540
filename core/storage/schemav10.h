#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// Logins and walls on a server (issue 17): the groups and privileges of serverroles.h, the
/// functions through which a doctor signs a prescription's or a dispensing's later steps and a
/// manager makes and changes staff members' logins, and the record of those changes. Nothing on
/// a file: it has one user at a time, who could read it with any SQLite tool.
QStringList schemaV10(SqlEngine engine);

} // namespace mestring::core
