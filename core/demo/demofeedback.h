#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// FIT ratings: on about half the courses the client rates the ORS at the start and the SRS at
/// the end of their attended talks (and some group sessions). Most ORS trajectories climb; some
/// stay flat ("ingen fremgang"), and now and then an SRS falls below 36. Call after the
/// appointments and groups exist.
void addFeedback(DemoContext &ctx);

/// Waiting lists: relatives waiting for conversations (the offer the installer pauses), a few
/// for family therapy and NADA, some already taken off with a reason, one an existing client.
void addWaitingLists(DemoContext &ctx);

/// Registry marks: events whose deadline passed more than two weeks ago are reported; of the
/// recent ones some are, so the worklist shows a few overdue and some due this week.
void addRegistryReports(DemoContext &ctx);

} // namespace mestring::core::demo
