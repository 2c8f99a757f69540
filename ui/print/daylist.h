#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "core/domain/calendar.h"

namespace mestring::ui {

/// The printed day list: for each staff member with appointments on the day, a page with
/// the appointments by time (client, type, location, status) and a column for notes; for one
/// staff member's calendar also the clients registered as absent that day.
class DayList
{
    Q_DECLARE_TR_FUNCTIONS(DayList)

public:
    /// `day` is the calendar of one day (CalendarSpan with from == to).
    DayList(core::CalendarSpan day, QHash<QString, QString> staffNames);

    QString html() const;
    /// Staff members with a page, in page order.
    QStringList staffOnPages() const;
    /// The clients the list names (their appointments, and absences on a staff member's list).
    QStringList clientIds() const;

private:
    QString page(const QString &staffId, bool first) const;

    core::CalendarSpan m_day;
    QHash<QString, QString> m_staffNames;
};

} // namespace mestring::ui
