#pragma once

#include "dataset.h"
#include "ruleissue.h"

namespace mestring::core {

/// Checks a whole dataset against every rule of domain.md section 2: data rules come back as
/// errors, workflow rules as warnings. Paths are JSON paths into the interchange document
/// ("courses[3].end_reason"). The importer and `mestring-cli check` both use it; services call
/// the same per-record rule functions (rules/*.h) on the records they touch.
RuleIssues checkDataset(const Dataset &dataset);

} // namespace mestring::core
