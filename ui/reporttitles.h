#pragma once

#include <QString>
#include <QStringView>

#include <optional>

#include "core/reports/reporttitles.h"

namespace mestring::ui {

// The report's words are in core (core/reports/reporttitles.h: the spreadsheets use them too);
// here is how the GUI and the print show its numbers.
using core::breakdownTitle;
using core::indicatorIsRate;
using core::indicatorTitle;

/// A share as "47,5 %" (one decimal, Danish locale); "–" for none.
QString formatShare(std::optional<double> share);
/// A count or median as staff read it ("12", "12,5"); "–" for none.
QString formatNumber(std::optional<double> value);

} // namespace mestring::ui
