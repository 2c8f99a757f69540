#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// Adds absence periods (holiday, hospital, prison, ...) inside the client's started courses
/// [firstCourse, end of courses), never overlapping each other; a few are open-ended or in the
/// future. They are recorded in ClientInfo so appointments and doses avoid them.
void addAbsences(DemoContext &ctx, DemoRandom &rng, int client, int firstCourse);

} // namespace mestring::core::demo
