#pragma once

#include <optional>

#include <QDate>
#include <QStringView>

#include "effectreport.h"

namespace mestring::core {

/// A target as the report holds a value against it: the stored baseline ("Udgangspunkt") and
/// target of the year, the target scaled to a period shorter than a year for the counts that
/// add up over a period (domain.md section 7: "forholdsmæssigt").
struct ShownTarget
{
    std::optional<double> target; // what the value is held against
    std::optional<double> baseline;
    std::optional<double> yearlyTarget; // set when `target` is this yearly target pro rata

    bool proRata() const { return yearlyTarget.has_value(); }
};

/// The target and baseline of `indicator`'s breakdown `breakdown` (empty: the whole) in
/// `report`: a count with a yearly target is held against the target times the period's share
/// of the year it ends in when the period is shorter than that year; rates keep their target.
ShownTarget shownTarget(const EffectReport &report, QStringView indicator, QStringView breakdown);

/// Days in [from, to] divided by the days of the year `to` is in, at most 1.
double shareOfYear(QDate from, QDate to);

/// Whether the indicator is a count that adds up over the period (families reached, new
/// courses ...), whose yearly target is scaled to shorter periods. Counts of a state on the
/// period's last day (follow-up overdue, medical review overdue) are not.
bool isPeriodCount(QStringView indicator);

/// Whether a lower value is better: no-shows, waiting days and the overdue counts.
bool lowerIsBetter(QStringView indicator);

} // namespace mestring::core
