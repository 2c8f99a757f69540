#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mestring::ui {

// The words staff read for the effect report's indicator ids and breakdown keys (domain.md
// section 3), in one place for the Rapporter page, its charts and the printed reports.

/// "Andel alkoholforløb med succes" for `alcohol_success_rate`; the id itself when unknown.
QString indicatorTitle(QStringView id);
/// "Stofforløb" for `drug`, "Selvforvaltning" for `self_management`, "1-30 dage" for
/// `buckets.1-30`, "Alkohol: rådgivning → introduktion" for `alcohol.advice_to_intro`;
/// empty for an empty key; the key itself when unknown.
QString breakdownTitle(QStringView key);
/// Whether the indicator's value is a share shown as a percentage (a rate), not a count.
bool indicatorIsRate(QStringView id);
/// A share as "47,5 %" (one decimal, Danish locale); "–" for none.
QString formatShare(std::optional<double> share);
/// A count or median as staff read it ("12", "12,5"); "–" for none.
QString formatNumber(std::optional<double> value);

} // namespace mestring::ui
