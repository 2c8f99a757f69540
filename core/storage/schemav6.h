#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// FIT ratings (feedback), waiting lists for individual offers, and registry marks.
QStringList schemaV6(SqlEngine engine);

} // namespace mestring::core
