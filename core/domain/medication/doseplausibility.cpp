#include "doseplausibility.h"

#include <cmath>
#include <tuple>

#include "coverage.h"

namespace mestring::core {

const Prescription *previousPrescription(
    const Prescription &p, std::span<const Prescription> clientPrescriptions)
{
    const Prescription *previous = nullptr;
    for (const Prescription &other : clientPrescriptions) {
        if (other.id == p.id || other.isAnnulled() || !sharesCoverage(p, other)
            || !other.start.isValid() || !(other.start < p.start))
            continue;
        if (!previous || std::tie(previous->start, previous->id) < std::tie(other.start, other.id))
            previous = &other;
    }
    return previous;
}

DosePlausibility dosePlausibility(
    const Prescription &p, const Prescription *previous, const MedicationSettings &settings)
{
    DosePlausibility result;
    const std::optional<double> limit = settings.limitFor(p.drug);
    if (limit && p.doseMg > *limit) result.limitMg = limit;
    // A change of drug (methadone to buprenorphine) is a new dose, not a step of the old one.
    if (previous && previous->drug == p.drug && previous->doseMg > 0
        && std::abs(p.doseMg - previous->doseMg) > maxUnconfirmedDoseChange * previous->doseMg)
        result.previousMg = previous->doseMg;
    return result;
}

bool awaitsDoseConfirmation(const Prescription &p,
    std::span<const Prescription> clientPrescriptions, const MedicationSettings &settings)
{
    if (p.isAnnulled() || p.doseConfirmed) return false;
    return dosePlausibility(p, previousPrescription(p, clientPrescriptions), settings)
        .needsConfirmation();
}

} // namespace mestring::core
