#include "medicationtab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/medication/doseschedule.h"
#include "core/services/absenceservice.h"
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
#include "ui/dialogs/stopprescriptiondialog.h"
#include "ui/models/dispensinghistorymodel.h"
#include "ui/models/prescriptiontablemodel.h"
#include "ui/widgets/messagelabel.h"

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
    // One line per dispensing: the note is elided in its (stretched) column and shown whole in
    // its tooltip, so no column is cut off behind a horizontal scroll bar.
    m_history->setWordWrap(false);
    m_history->setTextElideMode(Qt::ElideRight);
    m_history->setColumnWidth(DispensingHistoryModel::DateColumn, 80);
    m_history->setColumnWidth(DispensingHistoryModel::DrugColumn, 128);
    m_history->setColumnWidth(DispensingHistoryModel::DoseColumn, 60);
    m_history->setColumnWidth(DispensingHistoryModel::StatusColumn, 95);
    m_history->setColumnWidth(DispensingHistoryModel::StaffColumn, 85);
    m_history->horizontalHeader()->setMinimumSectionSize(40);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_prescriptions->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MedicationTab::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &MedicationTab::createPrescription);
    connect(m_change, &QPushButton::clicked, this, &MedicationTab::changeDose);
    connect(m_stop, &QPushButton::clicked, this, &MedicationTab::stopPrescription);
    connect(m_print, &QPushButton::clicked, this, &MedicationTab::printOverview);
    connect(m_pdf, &QPushButton::clicked, this, &MedicationTab::saveOverviewPdf);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(createButtons());
    topLayout->addWidget(m_message);
    topLayout->addWidget(m_prescriptions, 1);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    auto *historyBox = new QWidget(lower);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(sectionTitle(tr("Dispensings"), historyBox));
    historyLayout->addWidget(m_history, 1);
    lower->addWidget(historyBox);
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
    m_new->setObjectName(QStringLiteral("newPrescription"));
    m_change->setObjectName(QStringLiteral("changeDose"));
    m_stop->setObjectName(QStringLiteral("stopPrescription"));
    m_print->setObjectName(QStringLiteral("printOverview"));
    m_pdf->setObjectName(QStringLiteral("overviewPdf"));
    m_print->setToolTip(tr("The client's medication overview for the doctor: prescriptions, "
                           "dose changes, the last four weeks' dispensings, any block and the "
                           "medical review"));
    m_pdf->setToolTip(m_print->toolTip());
    return row;
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
    m_change->setEnabled(doctor && current);
    m_stop->setEnabled(doctor && current);
    const QString onlyDoctor = tr("Only a doctor may prescribe, change a dose or stop a "
                                  "prescription.");
    for (QPushButton *button : {m_new, m_change, m_stop})
        button->setToolTip(doctor ? QString() : onlyDoctor);
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
    std::vector<core::Prescription> prescriptions;
    std::vector<DispensingHistoryModel::Entry> entries;
    std::vector<DoseChartView::MissedDose> missed;
    QHash<QString, QString> names;
    try {
        for (const core::StaffMember &member : m_services.staff.list(m_actor, true))
            names.insert(member.id, member.name);
        prescriptions = m_services.prescriptions.forClient(m_actor, m_clientId);
        std::vector<core::Absence> absences;
        if (core::mayDo(m_actor, core::Permission::ManageAppointments))
            absences = m_services.absences.forClient(m_actor, m_clientId);
        for (const core::Prescription &p : prescriptions) {
            const std::vector<core::Dispensing> given
                = m_services.dispensings.forPrescription(m_actor, p.id);
            for (const core::Dispensing &d : given)
                entries.push_back({d, p.drug});
            const QDate last = p.end.isValid() ? std::min(p.end, m_today) : m_today;
            for (const core::DoseDay &day :
                core::doseDays(p, given, absences, p.start, last, m_today)) {
                if (day.isMissed()) missed.push_back({day.date, p.doseMg});
            }
        }
    } catch (const core::ServiceError &error) {
        showError(error.message());
    } catch (const core::StorageError &error) {
        showError(error.message());
    }
    m_chart->setData(prescriptions, missed, m_today);
    m_prescriptionModel->setPrescriptions(std::move(prescriptions), names, m_today);
    m_historyModel->setEntries(std::move(entries), names);
    if (m_prescriptionModel->rowCount() > 0) m_prescriptions->selectRow(0);
    updateButtons();
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
    return MedicationOverview(loadMedicationOverview(m_services, m_actor, m_clientId, m_today));
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
