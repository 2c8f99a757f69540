#include "medicationtab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/services/medicationsettingsservice.h"
#include "core/services/dispensingservice.h"
#include "core/services/permissions.h"
#include "core/services/prescriptionservice.h"
#include "core/services/serviceerrors.h"
#include "core/services/staffservice.h"
#include "core/storage/storageerror.h"
#include "ui/print/htmlprint.h"
#include "ui/servicecall.h"
#include "ui/charts/dosechartview.h"
#include "ui/dialogs/prescriptiondialog.h"
#include "ui/dialogs/reasondialog.h"
#include "ui/dosetext.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/dialogs/stopprescriptiondialog.h"
#include "ui/models/dispensinghistorymodel.h"
#include "ui/models/prescriptiontablemodel.h"
#include "ui/widgets/messagelabel.h"
#include "ui/widgets/textfit.h"

namespace mestring::ui {

namespace {

QTableView *newTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MedicationTab::MedicationTab(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_new(new QPushButton(tr("&New prescription..."), this))
    , m_change(new QPushButton(tr("C&hange dose..."), this))
    , m_stop(new QPushButton(tr("&Stop..."), this))
    , m_annulPrescription(new QPushButton(tr("Annul pr&escription..."), this))
    , m_confirmDose(new QPushButton(tr("Con&firm dose..."), this))
    , m_annulDispensing(new QPushButton(tr("Ann&ul dispensing..."), this))
    , m_confirmLate(new QPushButton(tr("Confirm &late registration..."), this))
    , m_print(new QPushButton(tr("&Print medication overview..."), this))
    , m_pdf(new QPushButton(tr("Overview as P&DF..."), this))
    , m_prescriptionModel(new PrescriptionTableModel(this))
    , m_prescriptions(newTable(m_prescriptionModel, QStringLiteral("prescriptionTable"), this))
    , m_historyModel(new DispensingHistoryModel(this))
    , m_history(newTable(m_historyModel, QStringLiteral("dispensingHistory"), this))
    , m_chart(new DoseChartView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("medicationTab"));
    m_chart->setObjectName(QStringLiteral("doseChart"));
    m_chart->setMinimumWidth(380);
    m_message->setWordWrap(true);
    m_message->hide();
    m_prescriptions->setColumnWidth(PrescriptionTableModel::DrugColumn, 170);
    m_prescriptions->setColumnWidth(PrescriptionTableModel::ScheduleColumn, 120);
    m_prescriptions->setColumnWidth(PrescriptionTableModel::ModeColumn, 175);
    m_prescriptions->setColumnWidth(PrescriptionTableModel::DoseColumn, 80);
    m_prescriptions->setColumnWidth(PrescriptionTableModel::StartColumn, 90);
    m_prescriptions->setColumnWidth(PrescriptionTableModel::EndColumn, 90);
    fitColumnsToTitles(m_prescriptions);
    // One line per dispensing: the note is elided in its (stretched) column and shown whole in
    // its tooltip, so no column is cut off behind a horizontal scroll bar.
    m_history->setWordWrap(false);
    m_history->setTextElideMode(Qt::ElideRight);
    m_history->setColumnWidth(DispensingHistoryModel::DateColumn, 80);
    m_history->setColumnWidth(DispensingHistoryModel::DrugColumn, 128);
    m_history->setColumnWidth(DispensingHistoryModel::DoseColumn, 60);
    m_history->setColumnWidth(DispensingHistoryModel::StatusColumn, 95);
    m_history->setColumnWidth(DispensingHistoryModel::StaffColumn, 85);
    fitColumnsToTitles(m_history);
    m_history->horizontalHeader()->setMinimumSectionSize(40);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_prescriptions->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MedicationTab::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &MedicationTab::createPrescription);
    connect(m_change, &QPushButton::clicked, this, &MedicationTab::changeDose);
    connect(m_stop, &QPushButton::clicked, this, &MedicationTab::stopPrescription);
    connect(m_annulPrescription, &QPushButton::clicked, this, &MedicationTab::annulPrescription);
    connect(m_confirmDose, &QPushButton::clicked, this, &MedicationTab::confirmDose);
    connect(m_annulDispensing, &QPushButton::clicked, this, &MedicationTab::annulDispensing);
    connect(m_confirmLate, &QPushButton::clicked, this, &MedicationTab::confirmLate);
    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MedicationTab::updateDispensingButtons);
    connect(m_print, &QPushButton::clicked, this, &MedicationTab::printOverview);
    connect(m_pdf, &QPushButton::clicked, this, &MedicationTab::saveOverviewPdf);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(createButtons());
    topLayout->addWidget(m_message);
    topLayout->addWidget(m_prescriptions, 1);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(createHistoryBox(lower));
    lower->addWidget(m_chart);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setSizes({620, 440}); // the history's columns first, the chart beside them
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    updateButtons();
}

QWidget *MedicationTab::createButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Prescriptions"), row));
    layout->addStretch(1);
    layout->addWidget(m_print);
    layout->addWidget(m_pdf);
    layout->addSpacing(16);
    layout->addWidget(m_new);
    layout->addWidget(m_change);
    layout->addWidget(m_stop);
    layout->addWidget(m_annulPrescription);
    layout->addWidget(m_confirmDose);
    m_new->setObjectName(QStringLiteral("newPrescription"));
    m_change->setObjectName(QStringLiteral("changeDose"));
    m_stop->setObjectName(QStringLiteral("stopPrescription"));
    m_annulPrescription->setObjectName(QStringLiteral("annulPrescription"));
    m_confirmDose->setObjectName(QStringLiteral("confirmDose"));
    m_print->setObjectName(QStringLiteral("printOverview"));
    m_pdf->setObjectName(QStringLiteral("overviewPdf"));
    m_print->setToolTip(tr("The client's medication overview for the doctor: prescriptions, "
                           "dose changes, the last four weeks' dispensings, any block and the "
                           "medical review"));
    m_pdf->setToolTip(m_print->toolTip());
    return row;
}

QWidget *MedicationTab::createHistoryBox(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *title = new QHBoxLayout;
    title->addWidget(sectionTitle(tr("Dispensings"), box));
    title->addStretch(1);
    title->addWidget(m_annulDispensing);
    title->addWidget(m_confirmLate);
    m_annulDispensing->setObjectName(QStringLiteral("annulDispensing"));
    m_confirmLate->setObjectName(QStringLiteral("confirmLate"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(title);
    layout->addWidget(m_history, 1);
    return box;
}

const core::DispensingEntry *MedicationTab::selectedDispensing() const
{
    const QModelIndex current = m_history->currentIndex();
    return current.isValid() ? &m_historyModel->entryAt(current.row()) : nullptr;
}

void MedicationTab::updateDispensingButtons()
{
    const bool mayDispense = core::mayDo(m_actor, core::Permission::Dispense);
    const bool doctor = core::mayDo(m_actor, core::Permission::Prescribe);
    const core::DispensingEntry *e = selectedDispensing();
    const bool counting = e && !e->isAnnulled();
    m_annulDispensing->setEnabled(mayDispense && counting);
    m_annulDispensing->setToolTip(mayDispense
            ? tr("Annul the chosen registration made in error, with a reason: your own on the "
                 "day you made it, or any as a doctor. It stays visible, struck through.")
            : tr("Your role (%1) may read the medication but not correct it.")
                  .arg(core::roleTitle(m_actor.role)));
    m_confirmLate->setEnabled(doctor && counting && e->dispensing.awaitsConfirmation());
    m_confirmLate->setToolTip(doctor
            ? tr("A late registration counts for the missed-dose block only once a doctor "
                 "confirms it. Choose a late registration first.")
            : tr("Only a doctor confirms a late registration."));
}

const core::Prescription *MedicationTab::selected() const
{
    const QModelIndex current = m_prescriptions->currentIndex();
    if (!current.isValid()) return nullptr;
    return &m_prescriptionModel->prescriptionAt(current.row());
}

void MedicationTab::updateButtons()
{
    const bool doctor = core::mayDo(m_actor, core::Permission::Prescribe);
    const core::Prescription *p = selected();
    const bool current = p && (p->end.isNull() || p->end >= m_today);
    m_new->setEnabled(doctor && !m_clientId.isEmpty());
    m_print->setEnabled(!m_clientId.isEmpty());
    m_pdf->setEnabled(!m_clientId.isEmpty());
    const bool inForce = current && !p->isAnnulled();
    m_change->setEnabled(doctor && inForce);
    m_stop->setEnabled(doctor && inForce);
    m_annulPrescription->setEnabled(doctor && p && !p->isAnnulled());
    m_confirmDose->setEnabled(doctor && p
        && m_prescriptionModel->awaitsConfirmation(m_prescriptions->currentIndex().row()));
    m_annulPrescription->setToolTip(
        tr("Annul a prescription entered in error, before its first dispensing, with a reason. "
           "It stays visible as annulled."));
    m_confirmDose->setToolTip(tr("Confirm a dose above the centre's limit or changed by more "
                                 "than 50 %, with a reason, so it can be given."));
    const QString onlyDoctor = tr("Only a doctor may prescribe, change a dose or stop a "
                                  "prescription.");
    for (QPushButton *button : {m_new, m_change, m_stop, m_annulPrescription, m_confirmDose}) {
        if (!doctor) button->setToolTip(onlyDoctor);
    }
    if (doctor && !current) {
        m_change->setToolTip(tr("Choose a current prescription first."));
        m_stop->setToolTip(m_change->toolTip());
    }
}

void MedicationTab::setClient(const QString &clientId, const QDate &today)
{
    m_clientId = clientId;
    m_today = today;
    m_loadWhenShown = !isVisible();
    if (m_loadWhenShown) {
        // Nothing of the previous client stays on the hidden tab.
        m_chart->setData({}, {}, m_today);
        m_prescriptionModel->setPrescriptions({}, {}, m_today);
        m_historyModel->setEntries({}, {});
        m_message->hide();
        updateButtons();
        updateDispensingButtons();
        return;
    }
    reload();
}

void MedicationTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadWhenShown) return;
    m_loadWhenShown = false;
    reload();
}

void MedicationTab::reload()
{
    m_message->hide();
    core::MedicationRecord record;
    QHash<QString, QString> names;
    std::vector<DoseChartView::MissedDose> missed;
    const std::optional<QString> failure = failureOf([&] {
        for (const core::StaffMember &member : m_services.staff.list(m_actor, true))
            names.insert(member.id, member.name);
        m_settings = m_services.medicationSettings.settings(m_actor);
        record = m_services.dispensings.clientRecord(m_actor, m_clientId);
        m_today = record.today;
    });
    if (failure) showError(*failure);
    for (const core::DoseDayEntry &day : record.doseDays) {
        if (day.isMissed()) missed.push_back({day.date, day.doseMg});
    }
    std::vector<core::Prescription> inForce;
    for (const core::Prescription &p : record.prescriptions) {
        if (!p.isAnnulled()) inForce.push_back(p);
    }
    m_chart->setData(inForce, missed, m_today);
    m_prescriptionModel->setPrescriptions(std::move(record.prescriptions), names, m_today, m_settings);
    m_historyModel->setEntries(std::move(record.dispensings), names, m_settings);
    if (m_prescriptionModel->rowCount() > 0) m_prescriptions->selectRow(0);
    updateButtons();
    updateDispensingButtons();
}

void MedicationTab::askReason(const QString &title, const QString &about,
    const QString &saveButton, bool required,
    const std::function<core::RuleIssues(const QString &)> &save)
{
    ReasonDialog dialog({title, about, saveButton, QString(), required}, save, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    if (!dialog.savedWarnings().empty()) showMessageIn(m_message, issueText(dialog.savedWarnings()), false);
    Q_EMIT prescriptionsChanged();
}

void MedicationTab::annulPrescription()
{
    const core::Prescription *p = selected();
    if (!p) return;
    const QString id = p->id;
    askReason(tr("Annul a prescription entered in error"),
        tr("%1 %2 from %3 is annulled: it is never in force and stays visible as annulled with "
           "your reason. Only a prescription with no dispensing yet can be annulled.")
            .arg(drugTitle(p->drug), doseText(p->drug, p->doseMg, m_settings), formatDate(p->start)),
        tr("&Annul the prescription"), true, [this, id](const QString &reason) {
            return m_services.prescriptions.annul(m_actor, id, reason).warnings;
        });
}

void MedicationTab::confirmDose()
{
    const core::Prescription *p = selected();
    if (!p) return;
    const QString id = p->id;
    askReason(tr("Confirm the dose"),
        tr("%1 %2 from %3 is above the centre's limit or changes the dose by more than 50 %. "
           "Confirm it only when it is what you prescribe.")
            .arg(drugTitle(p->drug), doseText(p->drug, p->doseMg, m_settings), formatDate(p->start)),
        tr("&Confirm the dose"), true, [this, id](const QString &reason) {
            m_services.prescriptions.confirmDose(m_actor, id, reason);
            return core::RuleIssues();
        });
}

void MedicationTab::annulDispensing()
{
    const core::DispensingEntry *e = selectedDispensing();
    if (!e) return;
    const QString id = e->dispensing.id;
    askReason(tr("Annul a registration"),
        tr("The registration of %1 on %2 is annulled. It stays in the history, struck through "
           "with your reason, and no longer counts. Register the right one afterwards.")
            .arg(drugTitle(e->drug), formatDate(e->dispensing.date)),
        tr("&Annul the registration"), true, [this, id](const QString &reason) {
            return m_services.dispensings.annul(m_actor, id, reason).warnings;
        });
}

void MedicationTab::confirmLate()
{
    const core::DispensingEntry *e = selectedDispensing();
    if (!e) return;
    const QString id = e->dispensing.id;
    askReason(tr("Confirm a late registration"),
        tr("The registration of %1 on %2 was made late: \"%3\". Once you confirm it, it counts "
           "for the missed-dose block.")
            .arg(drugTitle(e->drug), formatDate(e->dispensing.date), e->dispensing.lateReason),
        tr("&Confirm"), false, [this, id](const QString &note) {
            m_services.dispensings.confirmLate(m_actor, id, note);
            return core::RuleIssues();
        });
}

void MedicationTab::createPrescription()
{
    PrescriptionDialog dialog(m_services.prescriptions, m_actor, m_clientId, m_today, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    Q_EMIT prescriptionsChanged();
}

void MedicationTab::changeDose()
{
    const core::Prescription *p = selected();
    if (!p) return;
    PrescriptionDialog dialog(m_services.prescriptions, m_actor, *p, m_today, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    Q_EMIT prescriptionsChanged();
}

void MedicationTab::stopPrescription()
{
    const core::Prescription *p = selected();
    if (!p) return;
    StopPrescriptionDialog dialog(m_services.prescriptions, m_actor, *p, m_today, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    Q_EMIT prescriptionsChanged();
}

void MedicationTab::showError(const QString &text)
{
    showMessageIn(m_message, text, true);
}

MedicationOverview MedicationTab::overview() const
{
    return MedicationOverview(loadMedicationOverview(m_services, m_actor, m_clientId));
}

HtmlDocument MedicationTab::overviewDocument() const
{
    const MedicationOverview content = overview();
    return {tr("Medication overview"), content.suggestedFileName(), content.html(),
        QPageLayout::Portrait, 15};
}

void MedicationTab::printOverview()
{
    const PrintUse use {
        m_services.accessLog, m_actor, core::AccessDocument::MedicationOverview, {m_clientId}};
    if (const auto failure = failureOf([&] { previewHtml(this, overviewDocument(), use); }))
        showError(*failure);
}

void MedicationTab::saveOverviewPdf()
{
    const PrintUse use {
        m_services.accessLog, m_actor, core::AccessDocument::MedicationOverview, {m_clientId}};
    QString failure;
    if (const auto error
        = failureOf([&] { failure = saveHtmlPdfAs(this, overviewDocument(), use); }))
        failure = *error;
    if (!failure.isEmpty()) showError(failure);
}

} // namespace mestring::ui
