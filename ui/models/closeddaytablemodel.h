#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/services/medicationsettingsservice.h"

namespace mestring::ui {

/// The closed days of one year (Administration > Medicin): the public holidays and the
/// centre's own days, by date.
class ClosedDayTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, WeekdayColumn, ReasonColumn, KindColumn, ColumnCount };
    enum Role { DateRole = Qt::UserRole, HolidayRole };

    explicit ClosedDayTableModel(QObject *parent = nullptr);

    void setDays(std::vector<core::CalendarDay> days);
    const core::CalendarDay &dayAt(int row) const { return m_days.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::CalendarDay> m_days;
};

} // namespace mestring::ui
