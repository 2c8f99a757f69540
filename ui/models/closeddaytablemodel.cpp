#include "closeddaytablemodel.h"

#include <QLocale>

#include "ui/formatting.h"

namespace mestring::ui {

ClosedDayTableModel::ClosedDayTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClosedDayTableModel::setDays(std::vector<core::CalendarDay> days)
{
    beginResetModel();
    m_days = std::move(days);
    endResetModel();
}

int ClosedDayTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int ClosedDayTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClosedDayTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const core::CalendarDay &day = m_days[std::size_t(index.row())];
    if (role == DateRole) return day.date;
    if (role == HolidayRole) return day.holiday;
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case DateColumn:
        return formatDate(day.date);
    case WeekdayColumn:
        return QLocale().dayName(day.date.dayOfWeek());
    case ReasonColumn:
        return day.reason;
    case KindColumn:
        return day.holiday ? tr("Public holiday") : tr("The centre's own");
    default:
        return {};
    }
}

QVariant ClosedDayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case WeekdayColumn:
        return tr("Weekday");
    case ReasonColumn:
        return tr("Closed for");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

} // namespace mestring::ui
