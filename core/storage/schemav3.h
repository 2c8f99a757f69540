#pragma once

#include <QStringList>

namespace mestring::core {

/// FIT ratings (feedback), waiting lists for individual offers, and registry marks.
QStringList schemaV3();

} // namespace mestring::core
