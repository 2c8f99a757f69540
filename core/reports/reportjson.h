#pragma once

#include <QByteArray>

#include "effectreport.h"

namespace mestring::core {

/// The report as the JSON document of domain.md section 4 ("mestring-report", version 1):
/// every indicator and every breakdown key, null values where the denominator is 0, and a
/// configured target as "target" beside the value it belongs to. Keys in report order.
QByteArray effectReportJson(const EffectReport &report);

} // namespace mestring::core
