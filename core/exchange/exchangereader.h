#pragma once

#include <QByteArray>

#include "core/domain/dataset.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// What reading an interchange document gave: the dataset, or the errors that refused it.
struct ExchangeReadResult
{
    Dataset dataset;   ///< empty unless ok()
    RuleIssues errors; ///< all of severity Error; path like "courses[3].end_reason"

    bool ok() const { return errors.empty(); }
};

/// Parses a UTF-8 interchange document (domain.md section 5, docs/interchange.md) and checks
/// its syntax and shape: JSON, format and version, known fields only, required fields, types,
/// whole numbers, enum codes, dates and date-times. Rules across records (references, CPR,
/// date order ...) are checkDataset()'s. Never throws and never crashes on any input; reports at
/// most `maxErrors` errors, plus one saying that more were left out.
ExchangeReadResult readExchange(const QByteArray &json, int maxErrors = 100);

} // namespace mestring::core
