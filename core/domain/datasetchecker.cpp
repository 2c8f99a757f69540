#include "datasetchecker.h"

#include "rules/datasetcheck.h"

namespace mestring::core {

RuleIssues checkDataset(const Dataset &dataset, const MedicationSettings &settings)
{
    return DatasetCheck(dataset, settings).run();
}

} // namespace mestring::core
