#pragma once

#include <optional>
#include <span>

#include "core/domain/prescription.h"
#include "medicationsettings.h"

namespace mestring::core {

/// A change of more than this share of the previous dose needs the doctor's confirmation.
inline constexpr double maxUnconfirmedDoseChange = 0.5;

/// The prescription a new one follows: the client's latest prescription (not annulled) that
/// shares its coverage (the same category; the same drug outside substitution and antabus) and
/// starts before it. Null when it is the first.
const Prescription *previousPrescription(
    const Prescription &prescription, std::span<const Prescription> clientPrescriptions);

/// Whether a dose is plausible (domain.md, a workflow rule): a dose above the centre's limit
/// for the drug, or a change of more than 50 % from the previous dose, needs the doctor to
/// confirm it with a reason.
struct DosePlausibility
{
    std::optional<double> limitMg; // the limit it is above
    std::optional<double> previousMg; // the previous dose it changes from by more than 50 %

    bool needsConfirmation() const { return limitMg || previousMg; }
};

DosePlausibility dosePlausibility(const Prescription &prescription,
    const Prescription *previous, const MedicationSettings &settings);

/// A dose that needs confirming and has none (annulled prescriptions never do).
bool awaitsDoseConfirmation(const Prescription &prescription,
    std::span<const Prescription> clientPrescriptions, const MedicationSettings &settings);

} // namespace mestring::core
