#include "sheetexport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QSaveFile>

#include "sheets/csvfile.h"
#include "sheets/workbook.h"

namespace mestring::ui {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

QString saveSheets(
    const QString &path, const std::vector<sheets::Sheet> &sheets, const PrintUse &use)
{
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    QByteArray bytes;
    try {
        bytes = csv ? sheets::danishCsv(sheets) : sheets::xlsxWorkbook(sheets);
    } catch (const sheets::WorkbookError &e) {
        return tr("The spreadsheet could not be made (%1). Check that there is room on the disk "
                  "and try again.")
            .arg(QString::fromUtf8(e.what()));
    }
    if (const QString refused = use.recordSpreadsheet(csv ? u"csv"_s : u"xlsx"_s);
        !refused.isEmpty())
        return refused;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return tr("The spreadsheet could not be saved as %1 (%2). Choose another folder, or close the "
              "file if it is open in Excel.")
        .arg(path, file.errorString());
}

QString saveSheetsAs(QWidget *parent, const QString &title, const QString &fileName,
    const std::vector<sheets::Sheet> &sheets, const PrintUse &use)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV for Excel (*.csv)");
    QString chosen = xlsx;
    QString path = QFileDialog::getSaveFileName(
        parent, title, fileName + QStringLiteral(".xlsx"), xlsx + QStringLiteral(";;") + csv, &chosen);
    if (path.isEmpty()) return {};
    const bool wantsCsv = chosen == csv;
    if (wantsCsv && !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) path.chop(5);
        path += QStringLiteral(".csv");
    }
    return saveSheets(path, sheets, use);
}

} // namespace mestring::ui
