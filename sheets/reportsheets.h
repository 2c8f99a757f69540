#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include "core/reports/reportdocument.h"
#include "sheet.h"

namespace mestring::sheets {

/// What the report's spreadsheets say about themselves in their first rows.
struct ReportSheetInfo
{
    QString filters; // empty: the whole centre
    QDate madeOn;
};

/// The report as spreadsheet tables: the centre's indicators (numerator, denominator, value,
/// baseline, target, whether it is met, the comparison and the change, and a remark for small
/// numbers and pro-rata targets), then one sheet per breakdown with a column group per group.
/// Danish titles (translated), numbers as numbers.
std::vector<Sheet> reportSheets(const core::ReportDocument &document, const ReportSheetInfo &info);

} // namespace mestring::sheets
