#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// Schema version 1 (released): every entity of domain.md section 2 and the access log.
QStringList schemaV1(SqlEngine engine);

} // namespace mestring::core
