#pragma once

#include <QString>

namespace mestring::bench {

/// Danish time on any PC (issue 15): reading every stored appointment start as an instant in
/// Copenhagen time against the old reader, and schema step 3 (instants rewritten to UTC text)
/// on a copy of the large demo.
void benchTime(const QString &dir, const QString &largePath, int runs);

} // namespace mestring::bench
