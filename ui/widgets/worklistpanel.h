#pragma once

#include <QWidget>

#include "core/services/actor.h"
#include "ui/services.h"

class QLabel;
class QTableView;

namespace mestring::ui {

class WorklistTableModel;

/// The doctor's worklist on Overblik (doctors and nurses): what only a doctor can resolve,
/// centre-wide. Enter or a double click opens the client's Medicin tab, where it is done.
class WorklistPanel : public QWidget
{
    Q_OBJECT

public:
    WorklistPanel(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Reads the worklist again; a failure is shown in the panel's title line.
    void refresh();

    WorklistTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *title() const { return m_title; }

    /// Whether an actor of this role gets the panel (doctors and nurses).
    static bool isFor(const core::Actor &actor);

Q_SIGNALS:
    void openMedicationRequested(const QString &clientId);

private:
    Services m_services;
    core::Actor m_actor;
    QLabel *m_title;
    WorklistTableModel *m_model;
    QTableView *m_table;
};

} // namespace mestring::ui
