#pragma once

#include "recordtab.h"

class QLabel;
class QTableView;

namespace mestring::ui {

class AppointmentTableModel;
class AttendanceActions;
class FitEntryAction;

/// Aftaler: the client's past and future appointments with their status, the no-show rate of
/// domain.md (all time and the last 12 months), a reminder while a no-show waits for a
/// contact, booking (Ctrl+N), moving (F2), one-key attendance (AttendanceActions) and FIT (R,
/// FitEntryAction). The list opens on today's or the next appointment.
class AppointmentsTab : public RecordTab
{
    Q_OBJECT

public:
    AppointmentsTab(Services services, core::Actor actor, QWidget *parent = nullptr);

    AppointmentTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AttendanceActions *attendance() const { return m_attendance; }
    FitEntryAction *fit() const { return m_fit; }
    QString rateText() const;
    /// The reminder to contact the client; empty when none is due.
    QString contactText() const;

    void bookAppointment();
    void moveAppointment();

protected:
    void reload() override;

private:
    void showRate();
    void showContactReminder();
    void selectUpcoming();
    std::vector<core::StaffMember> staffList();

    AppointmentTableModel *m_model;
    QTableView *m_table;
    AttendanceActions *m_attendance;
    FitEntryAction *m_fit;
    QLabel *m_rate;
    QLabel *m_contact;
    QAction *m_book;
    QAction *m_move;
};

} // namespace mestring::ui
