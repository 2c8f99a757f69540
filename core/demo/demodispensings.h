#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// Dispensings of the course's prescriptions given at the centre (not `pharmacy`), up to
/// today: supervised doses on the schedule's days, take-home supplies on fixed weekdays, a
/// few missed, refused or withheld doses, and now and then a run of 3+ missed substitution
/// doses followed by an attended doctor consultation before the next dose. Nothing inside an
/// absence; some of today's doses are still to be given.
void addDispensings(DemoContext &ctx, DemoRandom &rng, int course);

} // namespace mestring::core::demo
