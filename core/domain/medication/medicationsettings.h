#pragma once

#include <map>
#include <optional>

#include "core/domain/enums.h"

namespace mestring::core {

/// The centre's medication settings (Administration): the highest plausible daily dose per
/// drug, above which a doctor must confirm a new dose with a reason, and the concentration of
/// the methadone oral solution the centre dispenses, so doses show their volume in ml.
struct MedicationSettings
{
    /// The drugs with a limit, in mg per dose day; a drug without one has no upper limit.
    std::map<Drug, double> doseLimitsMg;
    /// mg of methadone per ml of the oral solution; 0 when the centre gives tablets (no ml).
    double methadoneMgPerMl = 1.0;

    /// Methadone 150 mg, buprenorphine and buprenorphine/naloxone 24 mg, 1 mg/ml (domain.md).
    static MedicationSettings defaults();

    std::optional<double> limitFor(Drug drug) const;
    /// The volume of `doseMg` of `drug` in ml, when it is methadone given as oral solution.
    std::optional<double> millilitres(Drug drug, double doseMg) const;

    friend bool operator==(const MedicationSettings &, const MedicationSettings &) = default;
};

} // namespace mestring::core
