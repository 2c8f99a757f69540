#include "coverage.h"

namespace mestring::core {

bool isExclusiveCategory(DrugCategory category)
{
    return category == DrugCategory::Substitution || category == DrugCategory::Antabus;
}

bool sharesCoverage(const Prescription &a, const Prescription &b)
{
    return a.client == b.client && a.category == b.category
        && (isExclusiveCategory(a.category) || a.drug == b.drug);
}

} // namespace mestring::core
