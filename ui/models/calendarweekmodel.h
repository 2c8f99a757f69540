#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include "core/domain/calendar.h"

namespace mestring::ui {

/// The week view: a column per day and a first row with the clients absent that day. For the
/// whole centre the other rows are the staff members with appointments that week; for one
/// staff member they are the hours of the day. Each cell lists its appointments as
/// "09:00 Jens Hansen (Individual session)", cancelled and missed ones marked.
class CalendarWeekModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { DayRole = Qt::UserRole, StaffIdRole, AppointmentCountRole };

    explicit CalendarWeekModel(QObject *parent = nullptr);

    void setSpan(const core::CalendarSpan &span, const QHash<QString, QString> &staffNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        QStringList lines;
        int count = 0;
    };
    struct Row
    {
        QString title;
        QString staffId; // centre view
        std::vector<Cell> days;
    };

    static QString lineFor(const core::CalendarAppointment &entry);
    void addAbsenceRow(const core::CalendarSpan &span);

    QDate m_from;
    int m_days = 0;
    std::vector<Row> m_rows;
};

} // namespace mestring::ui
