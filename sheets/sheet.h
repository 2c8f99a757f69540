#pragma once

#include <vector>

#include <QDate>
#include <QString>

namespace mestring::sheets {

/// One cell of a spreadsheet: text, or a number with the way it is shown. Numbers stay numbers
/// in every format (a share is 0.475 shown as "47,5 %"), so a spreadsheet can add them up.
struct Cell
{
    enum class Kind {
        Empty,
        Text,
        Heading, // bold text
        Integer, // "12"
        Decimal, // one decimal: "4,9"
        Number, // as it is: "12", "12,5"
        Share, // a share shown as a percentage: 0.475 -> "47,5 %"
        Points, // a difference of shares in percentage points: 3.2 -> "+3,2"
        Date, // "31-03-2025"
    };

    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    QDate date;

    static Cell empty() { return {}; }
    static Cell textCell(const QString &text) { return {Kind::Text, text, 0, {}}; }
    static Cell heading(const QString &text) { return {Kind::Heading, text, 0, {}}; }
    static Cell integer(qint64 value) { return {Kind::Integer, {}, double(value), {}}; }
    static Cell decimal(double value) { return {Kind::Decimal, {}, value, {}}; }
    static Cell plain(double value) { return {Kind::Number, {}, value, {}}; }
    static Cell share(double value) { return {Kind::Share, {}, value, {}}; }
    static Cell points(double value) { return {Kind::Points, {}, value, {}}; }
    static Cell dateCell(const QDate &date)
    {
        return date.isValid() ? Cell {Kind::Date, {}, 0, date} : Cell {};
    }

    bool isNumber() const
    {
        return kind != Kind::Empty && kind != Kind::Text && kind != Kind::Heading
            && kind != Kind::Date;
    }
};

using Row = std::vector<Cell>;

/// One sheet of a workbook (or a block of a CSV file): the rows that say what it is (title,
/// period, filters) first, then its table.
struct Sheet
{
    QString name; // the tab's name (at most 31 characters)
    std::vector<Row> rows;
    int headerRow = -1; // the table's (last) header row, kept in view when scrolling
    std::vector<double> columnWidths; // in characters; missing columns keep the default
};

} // namespace mestring::sheets
