#pragma once

#include <vector>

#include "core/demo/democontext.h"

namespace mestring::core::demo {

// The life of a started course: how long it runs, how it ends, its phase history, and which
// flag it is meant to show today.

/// Provider and planned weeks of a residential stay.
void setResidentialStay(DemoRandom &rng, Course &course);
/// Sets end date, end reason, outcome and declined follow-up when the course has ended by
/// today; leaves it open otherwise.
void decideEnd(DemoContext &ctx, DemoRandom &rng, Course &course, Profile profile);
/// Phases from the start date, moving forward (sometimes skipping one), up to the end or today.
std::vector<PhaseEntry> buildPhases(
    DemoContext &ctx, DemoRandom &rng, const Course &course, Profile profile);
Scenario pickScenario(DemoContext &ctx, DemoRandom &rng, const Course &course, Profile profile);

} // namespace mestring::core::demo
