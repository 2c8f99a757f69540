#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// Where a client's records begin in each list; everything after it belongs to the client.
struct ClientMarks
{
    int courses = 0;
    int appointments = 0;
    int assessments = 0;
};

/// The client's journal up to yesterday: intake notes, notes after attended sessions, phone
/// calls and missed appointments, doctors' and nurses' notes, follow-ups, supervision, closing
/// notes, a few notes on no course, and some addenda to earlier notes. Ids follow time.
void addNotes(DemoContext &ctx, DemoRandom &rng, int client, const ClientMarks &marks);

} // namespace mestring::core::demo
