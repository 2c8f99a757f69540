#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// The seed effect-goal targets of domain.md section 3, for every year the data spans.
void addTargets(DemoContext &ctx);

} // namespace mestring::core::demo
