#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// Adds a client's courses over time: a first one requested on `firstRequest`, perhaps later
/// ones after it ends (never overlapping one of the same kind), and sometimes a concurrent
/// course of the other kind. With `pendingOnly` the client has one request and no start yet.
void addCourses(
    DemoContext &ctx, DemoRandom &rng, int client, const QDate &firstRequest, bool pendingOnly);

/// Alcohol or drug, the legal basis and the setting an archetype implies.
CourseKind kindOf(Profile profile, Substance primary);
bool isResidential(Profile profile);
/// Courses whose client comes to the centre's medical clinic (substitution, tapering).
bool isMedical(const Course &course);

} // namespace mestring::core::demo
