#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// The fixed demo login accounts, then (for bigger centres) staff without a login, sized to the
/// centre; fills the context's staff pools.
void addStaff(DemoContext &ctx);

} // namespace mestring::core::demo
