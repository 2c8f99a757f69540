#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// Indexes for the day's dispensing list (issue 13): its history read from an index alone,
/// its clients found without reading every prescription, and their doctor appointments.
QStringList schemaV7(SqlEngine engine);

} // namespace mestring::core
