#pragma once

#include <QObject>

#include "core/services/actor.h"

class QAction;
class QTableView;

namespace mestring::core {
class FeedbackService;
}

namespace mestring::ui {

class AppointmentTableModel;

/// FIT from a list of appointments (the calendar's day list, the client's Aftaler tab): R opens
/// the ORS and SRS of the chosen appointment (FitDialog); the list's FIT column shows the
/// totals, read for all rows at once. Only for roles that write clinical records.
class FitEntryAction : public QObject
{
    Q_OBJECT

public:
    /// `table` already shows `model`.
    FitEntryAction(core::FeedbackService &feedback, core::Actor actor,
        AppointmentTableModel *model, QTableView *table);

    QAction *action() const { return m_action; }
    /// Reads the FIT totals of the model's appointments (after the list was filled).
    void loadTotals();
    /// Opens the dialog for the chosen appointment; true when something was saved.
    bool open();

Q_SIGNALS:
    void saved(const QString &appointmentId);
    void failed(const QString &message);

private:
    void updateEnabled();

    core::FeedbackService &m_feedback;
    core::Actor m_actor;
    AppointmentTableModel *m_model;
    QTableView *m_table;
    QAction *m_action;
};

} // namespace mestring::ui
