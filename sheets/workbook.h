#pragma once

#include <stdexcept>
#include <vector>

#include <QByteArray>

#include "sheet.h"

namespace mestring::sheets {

/// Thrown when a workbook cannot be written (no room for the temporary file).
class WorkbookError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// The sheets as an .xlsx workbook (written by libxlsxwriter), one tab per sheet: numbers as
/// numbers with their number formats (shares as "0.0 %", dates as dd-mm-yyyy), headings bold,
/// the table's header kept in view. Throws WorkbookError.
QByteArray xlsxWorkbook(const std::vector<Sheet> &sheets);

} // namespace mestring::sheets
