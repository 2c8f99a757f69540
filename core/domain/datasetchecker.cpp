#include "datasetchecker.h"

#include "rules/datasetcheck.h"

namespace mestring::core {

RuleIssues checkDataset(const Dataset &dataset)
{
    return DatasetCheck(dataset).run();
}

} // namespace mestring::core
