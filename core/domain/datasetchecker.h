#pragma once

#include "dataset.h"
#include "medication/medicationsettings.h"
#include "ruleissue.h"

namespace mestring::core {

/// Checks a whole dataset against every rule of domain.md section 2: data rules come back as
/// errors, workflow rules as warnings. Paths are JSON paths into the interchange document
/// ("courses[3].end_reason"). The importer and `mestring-cli check` both use it; services call
/// the same per-record rule functions (rules/*.h) on the records they touch. `settings` are the
/// centre's dose limits (dose plausibility); the closed days come with the dataset.
RuleIssues checkDataset(
    const Dataset &dataset, const MedicationSettings &settings = MedicationSettings::defaults());

} // namespace mestring::core
