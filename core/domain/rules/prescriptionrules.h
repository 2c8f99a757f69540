#pragma once

#include <span>

#include "core/domain/appointment.h"
#include "core/domain/client.h"
#include "core/domain/medication/medicationsettings.h"
#include "core/domain/prescription.h"
#include "core/domain/ruleissue.h"
#include "core/domain/staffmember.h"

namespace mestring::core {

/// Take-home supplies are normally at most this many days (workflow rule).
inline constexpr int maxUsualTakeHomeDays = 7;

/// Data rules on one prescription: id, client, prescriber and start present; start <= end;
/// dose above 0; the category follows the drug; take_home_days (>= 1) exactly when the mode is
/// take_home; a weekday schedule names at least one weekday, an every-N-days schedule has
/// N >= 1; an annulment and a dose confirmation each with reason, staff member and time.
/// Workflow rule (warning): take_home_days over 7.
RuleIssues checkPrescription(const Prescription &prescription);

/// An annulment or a confirmation (at `path`, e.g. "annulled") is signed by a doctor.
/// Refused at "<path>.staff".
RuleIssues checkSignedByDoctor(const QString &path, const StaffMember &staff);

/// Workflow rule (dose plausibility): a dose above the centre's limit for the drug, or more
/// than 50 % from the previous dose (previousPrescription()), without a doctor's
/// confirmation. Warns at "dose_mg"; the service enforces it.
RuleIssues checkDosePlausibility(const Prescription &prescription,
    std::span<const Prescription> clientPrescriptions, const MedicationSettings &settings);

/// The prescriber must be a staff member with role doctor. Refused at "prescriber".
RuleIssues checkPrescriber(const Prescription &prescription, const StaffMember &prescriber);

/// Anonymous clients get no prescriptions. Refused at "client".
RuleIssues checkPrescriptionClient(const Prescription &prescription, const Client &client);

/// Same client, both substitution or both antabus, neither annulled, and active on a common
/// day.
bool prescriptionsClash(const Prescription &a, const Prescription &b);

/// A client never has two substitution, or two antabus, prescriptions active on the same day.
/// `clientPrescriptions` are the client's other prescriptions (itself, by id, is skipped).
/// Refused at "start".
RuleIssues checkPrescriptionOverlap(
    const Prescription &prescription, std::span<const Prescription> clientPrescriptions);

/// Workflow rule: the client's first substitution (or first antabus) prescription needs an
/// attended `doctor` appointment on one of the client's courses on or before its start.
/// "First" is per category, by start date (then id). `clientAppointments` are the
/// appointments of all the client's courses. Warns at "start".
RuleIssues checkFirstPrescriptionConsultation(const Prescription &prescription,
    std::span<const Prescription> clientPrescriptions,
    std::span<const Appointment> clientAppointments);

} // namespace mestring::core
