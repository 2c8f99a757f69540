#pragma once

#include <optional>
#include <vector>

#include <QString>

#include "effectreport.h"

namespace mestring::core {

/// One indicator and breakdown of the report as a table row (the CSV, tables in the GUI).
struct ReportRow
{
    QString indicator;
    /// Empty for the indicator as a whole; the JSON path below the indicator otherwise
    /// ("drug", "alcohol.advice_to_intro", "buckets.1-30").
    QString breakdown;
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    std::optional<double> value;
    std::optional<double> target;
};

/// Every row of the report in report order: a rate gives numerator, denominator and value; a
/// count or median only a value; a life area its improved courses out of those scored.
/// `antabus_episodes` gives rows `count`, `median_days` and `buckets.<bucket>`. A target set
/// for an indicator as a whole that is broken down gets a row of its own with an empty
/// breakdown and only the target.
std::vector<ReportRow> reportRows(const EffectReport &report);

/// The rows as CSV (UTF-8, LF line ends), with the header
/// `indicator,breakdown,numerator,denominator,value,target`; empty fields for no value.
QByteArray effectReportCsv(const EffectReport &report);

} // namespace mestring::core
