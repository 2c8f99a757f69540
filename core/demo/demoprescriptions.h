#pragma once

#include <set>

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// Prescriptions for the course's client while the course runs, all by a doctor: substitution
/// with induction and later dose or mode changes, antabus on fixed weekdays, craving and
/// withdrawal medicine, benzodiazepine tapering, and the odd `other` drug. A change ends the
/// old prescription the day before the new one starts. Sets the course's prescription range.
void addPrescriptions(DemoContext &ctx, DemoRandom &rng, int course);

/// The weekdays a take-home prescription hands out on, from its longest supply.
std::set<int> handOutDays(int takeHomeDays, int weekday);

} // namespace mestring::core::demo
