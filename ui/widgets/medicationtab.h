#pragma once

#include <vector>

#include <QDate>
#include <QWidget>

#include "core/domain/prescription.h"
#include "core/services/actor.h"
#include "ui/services.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mestring::ui {

class DispensingHistoryModel;
class DoseChartView;
class PrescriptionTableModel;

/// A client's Medicin tab: current and past prescriptions (a doctor writes, changes the dose of
/// and stops them here), the dispensing history and a chart of the dose over time with the
/// missed doses marked. Other roles read it; the prescribing buttons say why they are greyed.
class MedicationTab : public QWidget
{
    Q_OBJECT

public:
    MedicationTab(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Shows the client's medication as of `today`.
    void setClient(const QString &clientId, const QDate &today);
    void reload();

    PrescriptionTableModel *prescriptionModel() const { return m_prescriptionModel; }
    DispensingHistoryModel *historyModel() const { return m_historyModel; }
    DoseChartView *chart() const { return m_chart; }
    QTableView *prescriptionTable() const { return m_prescriptions; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *changeButton() const { return m_change; }
    QPushButton *stopButton() const { return m_stop; }

    void createPrescription();
    void changeDose();
    void stopPrescription();

Q_SIGNALS:
    void prescriptionsChanged();

private:
    QWidget *createButtons();
    const core::Prescription *selected() const;
    void updateButtons();

    Services m_services;
    core::Actor m_actor;
    QString m_clientId;
    QDate m_today;
    QPushButton *m_new;
    QPushButton *m_change;
    QPushButton *m_stop;
    PrescriptionTableModel *m_prescriptionModel;
    QTableView *m_prescriptions;
    DispensingHistoryModel *m_historyModel;
    QTableView *m_history;
    DoseChartView *m_chart;
    QLabel *m_message;
};

} // namespace mestring::ui
