#pragma once

#include "core/domain/prescription.h"

namespace mestring::core {

/// Whether a take-home supply of one prescription covers the days of the other: coverage
/// belongs to the client and the drug category (domain.md), so after a dose change the days a
/// supply still covers are not due again. Substitution and antabus never run side by side, so
/// the category is enough; in the other categories two drugs may (naltrexone beside
/// acamprosate), so there the drug must match too. A prescription shares coverage with itself.
bool sharesCoverage(const Prescription &a, const Prescription &b);

/// Whether only one prescription of the category may be in force on a day (substitution,
/// antabus).
bool isExclusiveCategory(DrugCategory category);

} // namespace mestring::core
