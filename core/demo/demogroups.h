#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// Group courses over the whole span: BASIS, KAT, mindfulness and relatives' groups in fixed
/// cycles, motivation, theme mornings (substitution clients) and life skills as rolling groups
/// per year. Weekly sessions, members drawn from courses active at the time, attendance per
/// member and past session; the groups running now are full and have a waiting list.
void addGroups(DemoContext &ctx);

} // namespace mestring::core::demo
