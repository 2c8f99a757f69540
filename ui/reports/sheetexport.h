#pragma once

#include <vector>

#include <QString>

#include "sheets/sheet.h"
#include "ui/print/printuse.h"

class QWidget;

namespace mestring::ui {

/// Writes `sheets` to `path` as an Excel workbook (.xlsx) or, for a name ending in .csv, as
/// CSV for Danish Excel; the file is written whole or not at all, and only after the export is
/// recorded in the access log through `use`. Returns the message for the user when it was
/// refused or could not be written, empty otherwise.
QString saveSheets(
    const QString &path, const std::vector<sheets::Sheet> &sheets, const PrintUse &use);

/// Asks where to save a spreadsheet (xlsx or CSV, suggesting `fileName`) and writes it; returns
/// the message for the user when it could not be written, empty otherwise (also when the user
/// cancelled).
QString saveSheetsAs(QWidget *parent, const QString &title, const QString &fileName,
    const std::vector<sheets::Sheet> &sheets, const PrintUse &use);

} // namespace mestring::ui
