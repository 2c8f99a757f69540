#pragma once

#include <span>

#include "core/domain/absence.h"
#include "core/domain/appointment.h"
#include "core/domain/dispensing.h"
#include "core/domain/prescription.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// The longest take-home supply a dispensing may hand out, the day of handing out included.
inline constexpr int maxTakeHomeSupplyDays = 14;

/// Data rules on one dispensing alone: id, prescription and date present; dose not negative;
/// `days` 1-14 for handed_out and exactly 1 otherwise. Workflow rule (warning): a take-home
/// supply over 7 days.
RuleIssues checkDispensing(const Dispensing &dispensing);

/// No dispensing outside the prescription's start..end. Refused at "date".
RuleIssues checkDispensingPeriod(const Dispensing &dispensing, const Prescription &prescription);

/// At most one dispensing per prescription and day, and none on a day already covered by a
/// take-home supply of the same prescription. `prescriptionDispensings` are the prescription's
/// other dispensings (the dispensing itself, by id, is skipped). Refused at "date".
RuleIssues checkDispensingConflicts(
    const Dispensing &dispensing, std::span<const Dispensing> prescriptionDispensings);

/// Workflow rule (the missed-dose safety block): a substitution dose taken or handed out after 3
/// or more consecutive missed scheduled doses, with no dose reassessment dated after the last
/// of them. The spans are the client's prescriptions, their dispensings, the client's absences
/// and the appointments of all the client's courses. Warns at "status".
RuleIssues checkDispensingBlock(const Dispensing &dispensing,
    std::span<const Prescription> clientPrescriptions,
    std::span<const Dispensing> clientDispensings, std::span<const Absence> clientAbsences,
    std::span<const Appointment> clientAppointments);

/// The message of a dispensing given while blocked, shared with the dataset checker.
RuleIssue blockedDispensingIssue(int missedDoses, const QDate &lastMissed);

} // namespace mestring::core
