#pragma once

#include <array>
#include <functional>

#include <QObject>

#include "core/domain/enums.h"
#include "core/services/actor.h"

class QAction;
class QTableView;
class QWidget;

namespace mestring::core {
class AppointmentService;
}

namespace mestring::ui {

class AppointmentTableModel;

/// One-key attendance for the chosen appointment, shared by the calendar's day list and the
/// client's Aftaler tab: F fremmødt (attended), U udeblevet (no-show), A afbud (cancelled by
/// the client), L aflyst (cancelled by the centre), P planlagt (undo a mistake). The keys are
/// the Danish words' initials and work while focus is in the list; the saved status shows in
/// its row at once and the cursor moves to the next appointment. A cancelled appointment
/// (afbud, aflyst) is never changed by a key without asking: the cursor may have landed on it.
class AttendanceActions : public QObject
{
    Q_OBJECT

public:
    /// `table` already shows `model`.
    AttendanceActions(core::AppointmentService &appointments, core::Actor actor,
        AppointmentTableModel *model, QTableView *table);

    QAction *action(core::AppointmentStatus status) const
    {
        return m_actions.at(std::size_t(status));
    }
    /// Buttons for the actions after `label`, then those of `more` (FIT), for the host's layout.
    QWidget *createButtonRow(
        const QString &label, QWidget *parent, const QList<QAction *> &more = {}) const;
    /// Saves `status` for the current row; true when saved. Asks first when the row is
    /// cancelled; false (nothing changed, the cursor stays) when the user says no.
    bool mark(core::AppointmentStatus status);
    /// The question asked before a cancelled appointment is changed; true goes ahead. Tests
    /// replace the message box.
    void setConfirmation(std::function<bool(const QString &question)> confirm);
    /// Enables the actions that make sense for the current row.
    void updateEnabled();

Q_SIGNALS:
    /// A status was saved (for the host's counts and caseload refresh).
    void marked(const QString &appointmentId, core::AppointmentStatus status);
    /// A refusal or failure, in the user's words.
    void failed(const QString &message);

private:
    core::AppointmentService &m_appointments;
    core::Actor m_actor;
    AppointmentTableModel *m_model;
    QTableView *m_table;
    std::function<bool(const QString &question)> m_confirm;
    std::array<QAction *, core::enumCount<core::AppointmentStatus>()> m_actions {};
};

} // namespace mestring::ui
