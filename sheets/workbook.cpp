#include "workbook.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace mestring::sheets {

namespace {

// The cell formats of one workbook, made once.
struct Formats
{
    explicit Formats(lxw_workbook *book)
    {
        heading = workbook_add_format(book);
        format_set_bold(heading);
        integer = numberFormat(book, "0");
        decimal = numberFormat(book, "0.0");
        share = numberFormat(book, "0.0 %");
        points = numberFormat(book, "+0.0;-0.0;0.0");
        date = numberFormat(book, "dd-mm-yyyy");
    }

    static lxw_format *numberFormat(lxw_workbook *book, const char *pattern)
    {
        lxw_format *f = workbook_add_format(book);
        format_set_num_format(f, pattern);
        return f;
    }

    lxw_format *heading;
    lxw_format *integer;
    lxw_format *decimal;
    lxw_format *share;
    lxw_format *points;
    lxw_format *date;
};

void check(lxw_error error)
{
    if (error != LXW_NO_ERROR) throw WorkbookError(lxw_strerror(error));
}

void writeCell(lxw_worksheet *sheet, const Formats &f, lxw_row_t row, lxw_col_t column,
    const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return;
    case Cell::Kind::Text:
    case Cell::Kind::Heading:
        check(worksheet_write_string(sheet, row, column, cell.text.toUtf8().constData(),
            cell.kind == Cell::Kind::Heading ? f.heading : nullptr));
        return;
    case Cell::Kind::Integer:
        check(worksheet_write_number(sheet, row, column, cell.number, f.integer));
        return;
    case Cell::Kind::Decimal:
        check(worksheet_write_number(sheet, row, column, cell.number, f.decimal));
        return;
    case Cell::Kind::Number:
        check(worksheet_write_number(sheet, row, column, cell.number, nullptr));
        return;
    case Cell::Kind::Share:
        check(worksheet_write_number(sheet, row, column, cell.number, f.share));
        return;
    case Cell::Kind::Points:
        check(worksheet_write_number(sheet, row, column, cell.number, f.points));
        return;
    case Cell::Kind::Date: {
        lxw_datetime day {cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
        check(worksheet_write_datetime(sheet, row, column, &day, f.date));
        return;
    }
    }
}

// A tab name Excel accepts: at most 31 characters, none of []:*?/\, and unique.
QString tabName(const QString &name, QSet<QString> &used)
{
    QString clean = name;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        clean.replace(c, QLatin1Char(' '));
    clean = clean.left(31).trimmed();
    if (clean.isEmpty()) clean = QStringLiteral("Ark");
    QString unique = clean;
    for (int n = 2; used.contains(unique.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = clean.left(31 - suffix.size()) + suffix;
    }
    used.insert(unique.toLower());
    return unique;
}

void writeSheet(lxw_workbook *book, const Formats &f, const Sheet &sheet, QSet<QString> &used)
{
    lxw_worksheet *ws
        = workbook_add_worksheet(book, tabName(sheet.name, used).toUtf8().constData());
    if (!ws) throw WorkbookError("the worksheet could not be added");
    for (std::size_t c = 0; c < sheet.columnWidths.size(); ++c)
        check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), sheet.columnWidths[c], nullptr));
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const Row &row = sheet.rows[r];
        for (std::size_t c = 0; c < row.size(); ++c)
            writeCell(ws, f, lxw_row_t(r), lxw_col_t(c), row[c]);
    }
    if (sheet.headerRow >= 0) worksheet_freeze_panes(ws, lxw_row_t(sheet.headerRow + 1), 0);
}

} // namespace

QByteArray xlsxWorkbook(const std::vector<Sheet> &sheets)
{
    // libxlsxwriter writes to a file: a private temporary one, read back and removed.
    QTemporaryDir dir;
    if (!dir.isValid()) throw WorkbookError("no temporary folder for the workbook");
    const QByteArray path = dir.filePath(QStringLiteral("report.xlsx")).toLocal8Bit();
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE;
    const QByteArray tmp = dir.path().toLocal8Bit();
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    if (!book) throw WorkbookError("the workbook could not be created");
    try {
        const Formats formats(book);
        QSet<QString> used;
        for (const Sheet &sheet : sheets)
            writeSheet(book, formats, sheet, used);
    } catch (...) {
        workbook_close(book);
        throw;
    }
    check(workbook_close(book));
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) throw WorkbookError("the workbook could not be read back");
    return file.readAll();
}

} // namespace mestring::sheets
