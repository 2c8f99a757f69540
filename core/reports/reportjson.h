#pragma once

#include <QByteArray>

#include "effectreport.h"
#include "reportdocument.h"

namespace mestring::core {

/// The report as the JSON document of domain.md section 4 ("mestring-report", version 1):
/// every indicator and every breakdown key, null values where the denominator is 0, and a
/// configured target as "target" beside the value it belongs to (with "baseline", and
/// "pro_rata" and "yearly_target" for a count held against a share of its yearly target).
/// Keys in report order.
QByteArray effectReportJson(const EffectReport &report);

/// The document with its breakdown and comparison (domain.md section 7): "by" and "groups"
/// ({GROUP: {"indicators": ...}}, client-based indicators only under the client dimensions;
/// each group also has "compare" when compared) and "compare" ({"period", "indicators"}). The
/// JSON holds one breakdown: the document's first.
QByteArray reportDocumentJson(const ReportDocument &document);

} // namespace mestring::core
