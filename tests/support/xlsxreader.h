#pragma once

#include <map>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mestring::test {

/// One cell of an .xlsx sheet as the file holds it.
struct XlsxCell
{
    bool isNumber = false; // a number (no t attribute, or t="n"), not text
    QString text; // the text of a string cell (shared or inline)
    double number = 0;
    QString format; // the cell's number format code ("0.0 %", "dd-mm-yyyy"), "" for General
    bool bold = false;
};

/// An .xlsx workbook read back for checking, cell by cell: the sheets' names and cells keyed by
/// reference ("B7"). Unpacked with `unzip -p` and parsed with QXmlStreamReader, apart from the
/// library that wrote it. Empty (with the reason in `error`) when the file cannot be read.
struct XlsxBook
{
    QStringList sheetNames;
    std::vector<std::map<QString, XlsxCell>> sheets;
    QString error;

    const XlsxCell *cell(int sheet, const QString &reference) const;
};

XlsxBook readXlsx(const QByteArray &workbook);

} // namespace mestring::test
