#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// Adds a client who first asks for treatment on `firstRequest`: a CPR number (or eCPR, or
/// none for anonymous clients, who get an alias only), name, address and consent. Returns the
/// client's index.
int addClient(DemoContext &ctx, DemoRandom &rng, const QDate &firstRequest);

} // namespace mestring::core::demo
