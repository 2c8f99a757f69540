#pragma once

#include <QByteArray>

#include "core/domain/dataset.h"

namespace mestring::core {

/// Writes a dataset as an interchange document (domain.md section 5, docs/interchange.md):
/// UTF-8, indented, every record in dataset order, every field in a fixed order, unset fields
/// as explicit nulls. Deterministic: equal datasets give identical bytes, and for every dataset
/// readExchange() produces, readExchange(writeExchange(ds)).dataset == ds.
QByteArray writeExchange(const Dataset &dataset);

} // namespace mestring::core
