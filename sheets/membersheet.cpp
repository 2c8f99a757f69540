#include "membersheet.h"

#include <QCoreApplication>

#include "core/reports/membercolumns.h"

namespace mestring::sheets {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

Cell cellOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return Cell::dateCell(value.toDate());
    case QMetaType::LongLong:
        return Cell::integer(value.toLongLong());
    case QMetaType::QString:
        return Cell::textCell(value.toString());
    default:
        return Cell::empty();
    }
}

} // namespace

Sheet memberSheet(const MemberSheetInfo &info, const std::vector<core::MemberRow> &rows)
{
    const std::vector<core::MemberColumn> columns = core::memberColumns(info.indicator);
    const bool weighted = core::isWeightedIndicator(info.indicator);
    Sheet sheet;
    sheet.name = tr("Behind the number");
    sheet.rows.push_back({Cell::heading(info.title)});
    sheet.rows.push_back({Cell::textCell(tr("Period")), Cell::textCell(info.period)});
    sheet.rows.push_back({Cell::textCell(tr("Group")),
        Cell::textCell(info.group.isEmpty() ? tr("The whole centre") : info.group)});
    sheet.rows.push_back({Cell::textCell(tr("Made")), Cell::dateCell(info.madeOn)});
    sheet.rows.push_back({});
    Row header;
    for (core::MemberColumn column : columns)
        header.push_back(Cell::heading(core::memberColumnTitle(column, weighted)));
    sheet.headerRow = int(sheet.rows.size());
    sheet.rows.push_back(header);
    for (const core::MemberRow &row : rows) {
        Row cells;
        for (core::MemberColumn column : columns)
            cells.push_back(cellOf(core::memberCell(row, column, weighted)));
        sheet.rows.push_back(std::move(cells));
    }
    for (core::MemberColumn column : columns) {
        const bool wide = column == core::MemberColumn::Client
            || column == core::MemberColumn::Responsible
            || column == core::MemberColumn::DelayReason;
        sheet.columnWidths.push_back(wide ? 28 : 14);
    }
    return sheet;
}

} // namespace mestring::sheets
