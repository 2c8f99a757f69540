#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

enum class TextKind {
    Session,
    Family,
    Outreach,
    Phone,
    NoShow,
    Doctor,
    Nurse,
    Followup,
    PostFollowup,
    Supervision,
    Intake,
    ClientOnly,
    Addendum,
    Count
};

/// A short Danish journal text of that kind: an opening, an observation and a plan drawn from a
/// handful of templates. Equal texts share one string.
QString journalText(DemoContext &ctx, DemoRandom &rng, TextKind kind);
/// Why the course ended, for the closing note.
QString endText(DemoContext &ctx, EndReason reason);
/// The note of a dose reassessment after `missedDays` missed doses.
QString reassessmentText(DemoContext &ctx, int missedDays);
/// The note a doctor writes with a prescription.
QString prescriptionText(DemoContext &ctx, const Prescription &prescription);

} // namespace mestring::core::demo
