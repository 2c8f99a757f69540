#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// The course's plan: at most 3 active goals at a time, status scores about every 3 months,
/// sub-goals; closed goals are replaced while the course runs.
void addGoals(DemoContext &ctx, DemoRandom &rng, int course);
/// Intake, follow-ups about every 3 months, discharge, and the 1- and 6-month follow-ups after
/// discharge (some deliberately left due).
void addAssessments(DemoContext &ctx, DemoRandom &rng, int course);

} // namespace mestring::core::demo
