#pragma once

#include <optional>
#include <vector>

#include <QString>

#include "effectreport.h"
#include "reportdocument.h"

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
    /// What the value is held against; for a count on a period shorter than a year, the yearly
    /// target pro rata (then `yearlyTarget` holds the stored one: "forholdsmæssigt").
    std::optional<double> target;
    std::optional<double> baseline; // "Udgangspunkt", as stored for the year
    std::optional<double> yearlyTarget;

    /// The numbers of the same row in the comparison period's report.
    struct Measure
    {
        std::optional<qint64> numerator;
        std::optional<qint64> denominator;
        std::optional<double> value;
    };
    std::optional<Measure> compared;

    /// The value minus the compared value (for a rate: the difference of the shares), when
    /// both have one.
    std::optional<double> change() const;
    /// A rate out of fewer than 10 (but some): one case more or less moves it a lot, so the
    /// report marks it (a denominator of 0 has no value at all).
    bool isSmall() const { return denominator && *denominator > 0 && *denominator < 10; }
    /// The row only carries the target or baseline of a broken-down indicator as a whole.
    bool isTargetOnly() const;
};

/// Whether the row's value meets its target; nullopt without value or target. Compared at the
/// precision shown (a rate to a tenth of a percent, a count to one decimal), so 50.0 % against a
/// target of 50 % is met; lower is better for no-shows, waiting days and the overdue counts.
std::optional<bool> targetMet(const ReportRow &row);

/// A rate out of fewer than 10: the mark of ReportRow::isSmall for numbers alone.
inline bool isSmallDenominator(std::optional<qint64> denominator)
{
    return denominator && *denominator > 0 && *denominator < 10;
}

/// Every row of the report in report order: a rate gives numerator, denominator and value; a
/// count or median only a value; a life area its improved courses out of those scored.
/// `antabus_episodes` gives rows `count`, `median_days` and `buckets.<bucket>`. A target or
/// baseline set for an indicator as a whole that is broken down gets a row of its own with an
/// empty breakdown and only the target. With `compared`, every row also carries the same row of
/// that report.
std::vector<ReportRow> reportRows(const EffectReport &report, const EffectReport *compared = nullptr);

/// Whether `indicator` is shown in the groups of `dimension`: course-based ones always,
/// client-based ones only under municipality, sex and age band.
bool splitsUnder(QStringView indicator, ReportDimension dimension);

/// A breakdown as a table: the rows of the indicators that split under its dimension (without
/// targets), the centre's and each group's, row for row.
struct BreakdownRows
{
    std::vector<ReportRow> centre;
    std::vector<std::vector<ReportRow>> groups; // in the breakdown's group order
};
BreakdownRows breakdownRows(const ReportDocument &document, const ReportBreakdown &breakdown);

} // namespace mestring::core
