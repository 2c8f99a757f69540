#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "core/domain/calendar.h"
#include "core/services/feedbackservice.h"

namespace mestring::ui {

/// Appointments as a list: a day in the calendar (every staff member's, or one's) or a
/// client's past and future appointments. Views hide the columns they do not need. A status
/// changed by the user updates its row in place, so marking a morning's attendance never
/// reloads the list.
class AppointmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TimeColumn,
        ClientColumn,
        TypeColumn,
        StaffColumn,
        LocationColumn,
        StatusColumn,
        FitColumn, // the session's ORS and SRS totals, as far as given
        ColumnCount
    };
    enum Role { AppointmentIdRole = Qt::UserRole, ClientIdRole, StatusRole };

    explicit AppointmentTableModel(QObject *parent = nullptr);

    /// `entries` in the order shown; `staffNames` by staff id.
    void setEntries(
        std::vector<core::CalendarAppointment> entries, QHash<QString, QString> staffNames);
    const core::CalendarAppointment &entryAt(int row) const
    {
        return m_entries.at(std::size_t(row));
    }
    const std::vector<core::CalendarAppointment> &entries() const { return m_entries; }
    /// The row of an appointment, -1 when it is not shown.
    int rowOf(const QString &appointmentId) const;
    /// Shows a status the service has saved.
    void setStatus(int row, core::AppointmentStatus status);
    /// The FIT totals by appointment id (those without are left empty).
    void setFit(QHash<QString, core::FitTotals> totals);
    /// Shows one appointment's totals after a FIT dialog saved them.
    void setFitOf(int row, const core::FitTotals &totals);
    /// "ORS 20,8 · SRS 37,3"; empty when neither is given.
    static QString fitText(const core::FitTotals &totals);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "10:00-11:00" in local time.
    static QString timeText(const core::Appointment &appointment);

private:
    QVariant display(const core::CalendarAppointment &entry, int column) const;

    std::vector<core::CalendarAppointment> m_entries;
    QHash<QString, QString> m_staffNames;
    QHash<QString, core::FitTotals> m_fit;
};

} // namespace mestring::ui
