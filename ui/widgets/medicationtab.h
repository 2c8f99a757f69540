#pragma once

#include <vector>

#include <QDate>
#include <QWidget>

#include <functional>

#include "core/domain/medication/medicationrecord.h"
#include "core/domain/medication/medicationsettings.h"
#include "core/domain/prescription.h"
#include "core/domain/ruleissue.h"
#include "core/services/actor.h"
#include "ui/print/medicationoverview.h"
#include "ui/services.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mestring::ui {

class DispensingHistoryModel;
class DoseChartView;
class PrescriptionTableModel;
struct HtmlDocument;

/// A client's Medicin tab: current and past prescriptions (a doctor writes, changes the dose of,
/// stops, annuls one entered in error and confirms a dose here), the dispensing history (a
/// registration made in error is annulled with a reason; a doctor confirms a late one) and a
/// chart of the dose over time with the missed doses marked. Annulled records stay, struck
/// through. Other roles read it; the buttons say why they are greyed.
class MedicationTab : public QWidget
{
    Q_OBJECT

public:
    MedicationTab(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Shows the client's medication as of `today`. Read when the tab is shown (at once when
    /// it is visible), so opening a client on another tab reads no medication.
    void setClient(const QString &clientId, const QDate &today);
    void reload();
    /// Whether the current client's medication has been read (false until the tab is shown).
    bool isLoaded() const { return !m_loadWhenShown && !m_clientId.isEmpty(); }

    PrescriptionTableModel *prescriptionModel() const { return m_prescriptionModel; }
    DispensingHistoryModel *historyModel() const { return m_historyModel; }
    DoseChartView *chart() const { return m_chart; }
    QTableView *prescriptionTable() const { return m_prescriptions; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *changeButton() const { return m_change; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *annulPrescriptionButton() const { return m_annulPrescription; }
    QPushButton *confirmDoseButton() const { return m_confirmDose; }
    QPushButton *annulDispensingButton() const { return m_annulDispensing; }
    QPushButton *confirmLateButton() const { return m_confirmLate; }
    QTableView *historyTable() const { return m_history; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }

    void createPrescription();
    void changeDose();
    void stopPrescription();
    void annulPrescription();
    void confirmDose();
    void annulDispensing();
    void confirmLate();
    /// "Udskriv medicinoversigt": the client's overview for the doctor in a print preview.
    void printOverview();
    void saveOverviewPdf();
    /// The overview of the current client as of today (reads through the services; throws).
    MedicationOverview overview() const;
    HtmlDocument overviewDocument() const;

Q_SIGNALS:
    void prescriptionsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createButtons();
    QWidget *createHistoryBox(QWidget *parent);
    void showError(const QString &text);
    const core::Prescription *selected() const;
    const core::DispensingEntry *selectedDispensing() const;
    void updateButtons();
    void updateDispensingButtons();
    /// Runs a reason dialog and reloads after it saved.
    void askReason(const QString &title, const QString &about, const QString &saveButton,
        bool required, const std::function<core::RuleIssues(const QString &)> &save);

    Services m_services;
    core::Actor m_actor;
    QString m_clientId;
    QDate m_today;
    QPushButton *m_new;
    QPushButton *m_change;
    QPushButton *m_stop;
    QPushButton *m_annulPrescription;
    QPushButton *m_confirmDose;
    QPushButton *m_annulDispensing;
    QPushButton *m_confirmLate;
    QPushButton *m_print;
    QPushButton *m_pdf;
    PrescriptionTableModel *m_prescriptionModel;
    QTableView *m_prescriptions;
    DispensingHistoryModel *m_historyModel;
    QTableView *m_history;
    DoseChartView *m_chart;
    QLabel *m_message;
    core::MedicationSettings m_settings;
    bool m_loadWhenShown = false;
};

} // namespace mestring::ui
