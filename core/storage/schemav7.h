#pragma once

#include <QStringList>

namespace mestring::core {

/// Indexes for the day's dispensing list (issue 13): its history read from an index alone,
/// its clients found without reading every prescription, and their doctor appointments.
QStringList schemaV7();

} // namespace mestring::core
