#pragma once

#include <QStringList>

namespace mestring::core {

/// FIT ratings (feedback), waiting lists for individual offers, and registry marks.
QStringList schemaV6();

} // namespace mestring::core
