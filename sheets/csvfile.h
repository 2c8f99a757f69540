#pragma once

#include <vector>

#include <QByteArray>

#include "sheet.h"

namespace mestring::sheets {

/// The sheets as one CSV file that Danish Excel opens as it is: UTF-8 with a byte order mark,
/// `;` between fields, CRLF line ends, numbers with a decimal comma (shares as "47,5%", which
/// Excel reads as the number 0.475), dates as dd-MM-yyyy, a field quoted only when it holds a
/// `;`, a quote or a line break. Sheets follow one another with an empty line between.
QByteArray danishCsv(const std::vector<Sheet> &sheets);

} // namespace mestring::sheets
