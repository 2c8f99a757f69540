#pragma once

#include <span>

#include "core/domain/correction.h"
#include "core/domain/dispensing.h"
#include "core/domain/medication/closeddays.h"
#include "core/domain/prescription.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// The longest take-home supply a dispensing may hand out, the day of handing out included.
inline constexpr int maxTakeHomeSupplyDays = 14;

/// Data rules on one dispensing alone: id, prescription and date present; dose not negative;
/// `days` 1-14 for handed_out and exactly 1 otherwise; the lengths of the note and the late
/// reason; a doctor's confirmation of a late registration only on a late registration.
RuleIssues checkDispensing(const Dispensing &dispensing);

/// No dispensing outside the prescription's start..end, and none that counts on an annulled
/// prescription. Refused at "date".
RuleIssues checkDispensingPeriod(const Dispensing &dispensing, const Prescription &prescription);

/// A counting (not annulled) dispensing with its prescription.
struct CoverageEntry
{
    const Dispensing *dispensing = nullptr;
    const Prescription *prescription = nullptr;
};

/// The coverage rules of a dispensing, the one place they are decided (the service before it
/// records, the importer and `mestring-cli check` on every dispensing). `others` are counting
/// dispensings of the client's prescriptions that share coverage with `prescription`
/// (sharesCoverage; itself included); the dispensing itself (by id or address) is skipped.
/// Data rules, refused at "date" or "days":
/// - at most one dispensing per day among them (so one per prescription and day);
/// - none on a day covered by a take-home supply handed out on an earlier day;
/// - a take-home supply covers no later day that already has a dispensing;
/// - a take-home is handed out only on a take_home prescription, except a supply whose days
///   after the first are all closed days (the doses of the closed days, domain.md).
/// Workflow rule (warning at "days"): a supply of more than 7 open days.
RuleIssues checkDispensingCoverage(const Dispensing &dispensing, const Prescription &prescription,
    std::span<const CoverageEntry> others, const ClosedDayCalendar &closedDays);

/// The data rules of a correction alone: id, the dispensing it annuls, a reason (with its
/// length), the staff member and the time.
RuleIssues checkCorrection(const Correction &correction);

/// The message of a dispensing given while blocked, shared with the dataset checker.
RuleIssue blockedDispensingIssue(int missedDoses, const QDate &lastMissed);

} // namespace mestring::core
