#include "medicationpage.h"

#include <iterator>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/services/dispensingservice.h"
#include "core/services/permissions.h"
#include "core/services/serviceerrors.h"
#include "core/storage/storageerror.h"
#include "ui/print/htmlprint.h"
#include "ui/servicecall.h"
#include "ui/dialogs/dispensingdialog.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/models/dispensinglistmodel.h"
#include "ui/print/dispensingsheet.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/pageheader.h"

namespace mestring::ui {

namespace {

using core::DispensingStatus;

struct KeyedStatus
{
    DispensingStatus status;
    Qt::Key key;
};

// The one-key recordings, in the order of the buttons. The letters are the English words'
// (taken, handed out / udleveret, missed / mødte ikke, nægtet, withheld) and stay the same in
// every language, so a nurse's hands learn them once.
constexpr KeyedStatus keyedStatuses[] = {
    {DispensingStatus::Taken, Qt::Key_T},
    {DispensingStatus::HandedOut, Qt::Key_U},
    {DispensingStatus::Missed, Qt::Key_M},
    {DispensingStatus::Refused, Qt::Key_N},
    {DispensingStatus::Withheld, Qt::Key_W},
};

QString actionToolTip(DispensingStatus status)
{
    switch (status) {
    case DispensingStatus::Taken:
        return MedicationPage::tr("The dose was taken under supervision");
    case DispensingStatus::HandedOut:
        return MedicationPage::tr("A take-home supply was handed out (asks for the days)");
    case DispensingStatus::Missed:
        return MedicationPage::tr("The client did not come for the dose");
    case DispensingStatus::Refused:
        return MedicationPage::tr("The client refused the dose");
    case DispensingStatus::Withheld:
        return MedicationPage::tr("Staff withheld the dose, e.g. intoxicated (asks why)");
    }
    return QString();
}

} // namespace

MedicationPage::MedicationPage(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_day(QDate::currentDate())
    , m_header(new PageHeader(tr("Medication"), this))
    , m_dayField(new DateField(this))
    , m_message(new QLabel(this))
    , m_model(new DispensingListModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("dispensingTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DispensingListModel::ClientColumn, 230);
    m_table->setColumnWidth(DispensingListModel::BirthDateColumn, 120);
    m_table->setColumnWidth(DispensingListModel::DrugColumn, 190);
    m_table->setColumnWidth(DispensingListModel::DoseColumn, 90);
    m_table->setColumnWidth(DispensingListModel::ModeColumn, 195);
    m_table->setColumnWidth(DispensingListModel::StatusColumn, 170);
    m_table->setAccessibleName(tr("Dispensing list"));
    m_message->setObjectName(QStringLiteral("medicationMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_summary->setObjectName(QStringLiteral("medicationSummary"));
    m_summary->setWordWrap(true);
    createActions();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MedicationPage::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(createDayRow());
    layout->addWidget(createRecordRow());
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    m_dayField->setDate(m_day);
}

QWidget *MedicationPage::createDayRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Day:"), row);
    label->setBuddy(m_dayField);
    m_dayField->setObjectName(QStringLiteral("dispensingDay"));
    m_dayField->setMaximumWidth(130);
    m_dayField->setToolTip(tr("The day of the list (dd-mm-yyyy)"));
    connect(m_dayField, &DateField::dateChanged, this, [this](const QDate &day) {
        if (day.isValid() && day != m_day) setDay(day);
    });
    auto *today = new QPushButton(tr("T&oday"), row);
    connect(today, &QPushButton::clicked, this, [this] {
        m_dayField->setDate(QDate::currentDate());
        setDay(QDate::currentDate());
    });
    auto *refresh = new QPushButton(tr("&Refresh"), row);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the list again (F5)"));
    connect(refresh, &QPushButton::clicked, this, &MedicationPage::refresh);
    layout->addWidget(label);
    layout->addWidget(m_dayField);
    layout->addWidget(today);
    auto *print = new QPushButton(tr("&Print sheet..."), row);
    print->setObjectName(QStringLiteral("printSheet"));
    print->setToolTip(tr("The day's dispensing sheet for signatures, with a preview"));
    connect(print, &QPushButton::clicked, this, &MedicationPage::printSheet);
    auto *pdf = new QPushButton(tr("Sheet as P&DF..."), row);
    pdf->setToolTip(tr("Save the day's dispensing sheet as a PDF file"));
    connect(pdf, &QPushButton::clicked, this, &MedicationPage::saveSheetPdf);
    layout->addStretch(1);
    layout->addWidget(print);
    layout->addWidget(pdf);
    layout->addWidget(refresh);
    return row;
}

void MedicationPage::createActions()
{
    const bool mayDispense = core::mayDo(m_actor, core::Permission::Dispense);
    m_actions.assign(std::size(keyedStatuses), nullptr);
    for (const KeyedStatus &keyed : keyedStatuses) {
        auto *action = new QAction(tr("%1 (%2)").arg(dispensingStatusTitle(keyed.status),
                                       QKeySequence(keyed.key).toString()),
            this);
        action->setObjectName(QStringLiteral("record_") + core::enumCode(keyed.status));
        action->setShortcut(QKeySequence(keyed.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(mayDispense
                ? tr("%1 (key %2)")
                      .arg(actionToolTip(keyed.status), QKeySequence(keyed.key).toString())
                : tr("Your role (%1) may read the list but not register dispensings.")
                      .arg(core::roleTitle(m_actor.role)));
        const DispensingStatus status = keyed.status;
        connect(action, &QAction::triggered, this, [this, status] { recordCurrent(status); });
        m_table->addAction(action);
        m_actions[std::size_t(keyed.status)] = action;
    }
}

QWidget *MedicationPage::createRecordRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Register for the chosen client:"), row));
    for (const KeyedStatus &keyed : keyedStatuses) {
        auto *button = new QToolButton(row);
        button->setDefaultAction(m_actions[std::size_t(keyed.status)]);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus); // the cursor stays in the list
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return row;
}

QAction *MedicationPage::recordAction(core::DispensingStatus status) const
{
    return m_actions.at(std::size_t(status));
}

void MedicationPage::setDay(const QDate &day)
{
    m_day = day;
    if (m_dayField->date() != day) m_dayField->setDate(day);
    refresh();
}

void MedicationPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #9b1c1c; font-weight: bold;")
                                     : QStringLiteral("color: #7a4f00;"));
    m_message->setVisible(!text.isEmpty());
}

void MedicationPage::refresh()
{
    m_header->setSubtitle(tr("Dispensing list for %1 %2")
                              .arg(QLocale().dayName(m_day.dayOfWeek()), formatDate(m_day)));
    const QString currentClient
        = m_table->currentIndex().data(DispensingListModel::ClientIdRole).toString();
    try {
        m_model->setRows(m_services.dispensings.dayList(m_actor, m_day), m_day);
        showMessage(QString(), false);
    } catch (const core::ServiceError &error) {
        m_model->setRows({}, m_day);
        showMessage(error.message(), true);
    } catch (const core::StorageError &error) {
        m_model->setRows({}, m_day);
        showMessage(error.message(), true);
    }
    int select = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rowAt(r).clientId == currentClient) {
            select = r;
            break;
        }
    }
    if (m_model->rowCount() > 0) m_table->setCurrentIndex(m_model->index(select, 0));
    updateActions();
}

void MedicationPage::updateActions()
{
    int due = 0, recorded = 0, blocked = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const core::DispensingListRow &row = m_model->rowAt(r);
        if (row.recorded)
            ++recorded;
        else if (row.block.blocked)
            ++blocked;
        else
            ++due;
    }
    m_summary->setText(tr("%n client(s) on the list: %1 still due, %2 registered, %3 blocked. "
                          "Keys: T taken, U handed out, M missed, N refused, W withheld.",
        nullptr, m_model->rowCount())
                           .arg(due)
                           .arg(recorded)
                           .arg(blocked));
    const QModelIndex current = m_table->currentIndex();
    const bool mayDispense = core::mayDo(m_actor, core::Permission::Dispense);
    for (QAction *action : m_actions)
        action->setEnabled(mayDispense && current.isValid());
    if (current.isValid() && m_model->rowAt(current.row()).block.blocked
        && !m_model->rowAt(current.row()).recorded) {
        showMessage(
            core::DispensingService::blockMessage(m_model->rowAt(current.row()).block), true);
    } else if (m_message->styleSheet().contains(QStringLiteral("bold"))) {
        showMessage(QString(), false); // a block shown for the previous row
    }
}

bool MedicationPage::recordCurrent(core::DispensingStatus status)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) return false;
    const int row = current.row();
    const core::DispensingListRow listRow = m_model->rowAt(row);
    if (status == DispensingStatus::HandedOut || status == DispensingStatus::Withheld) {
        DispensingDialog dialog(m_services.dispensings, m_actor, listRow, m_day, status, this);
        if (dialog.exec() != QDialog::Accepted) return false;
        afterRecording(row, listRow.clientId);
        if (!dialog.savedWarnings().empty()) showMessage(issueText(dialog.savedWarnings()), false);
        return true;
    }
    return saveDirect(row, status);
}

bool MedicationPage::saveDirect(int row, core::DispensingStatus status)
{
    const core::DispensingListRow listRow = m_model->rowAt(row);
    core::Dispensing d;
    d.prescription = listRow.prescription.id;
    d.date = m_day;
    d.doseMg = listRow.prescription.doseMg;
    d.status = status;
    try {
        const core::SaveResult saved = m_services.dispensings.record(m_actor, d);
        afterRecording(row, listRow.clientId);
        if (!saved.warnings.empty()) showMessage(issueText(saved.warnings), false);
        return true;
    } catch (const core::RuleViolation &violation) {
        showMessage(issueText(violation.issues()), true);
    } catch (const core::ServiceError &error) {
        showMessage(error.message(), true);
    } catch (const core::StorageError &error) {
        showMessage(error.message(), true);
    }
    return false;
}

void MedicationPage::afterRecording(int row, const QString &clientId)
{
    try {
        m_model->replaceClientRows(
            clientId, m_services.dispensings.dayList(m_actor, m_day, clientId));
    } catch (const core::ServiceError &) {
        refresh(); // the list is read again whole
    } catch (const core::StorageError &) {
        refresh();
    }
    showMessage(QString(), false);
    const int next = std::min(row + 1, m_model->rowCount() - 1);
    if (next >= 0) {
        m_table->setCurrentIndex(m_model->index(next, 0));
        m_table->scrollTo(m_model->index(next, 0));
    }
    updateActions();
}

DispensingSheet MedicationPage::sheet() const
{
    std::vector<core::DispensingListRow> rows;
    for (int r = 0; r < m_model->rowCount(); ++r)
        rows.push_back(m_model->rowAt(r));
    return DispensingSheet(std::move(rows), m_day);
}

void MedicationPage::printSheet()
{
    const DispensingSheet printed = sheet();
    previewHtml(this, sheetDocument(printed),
        {m_services.accessLog, m_actor, core::AccessDocument::DispensingSheet,
            printed.clientIds()});
}

void MedicationPage::saveSheetPdf()
{
    const DispensingSheet printed = sheet();
    const QString failure = saveHtmlPdfAs(this, sheetDocument(printed),
        {m_services.accessLog, m_actor, core::AccessDocument::DispensingSheet,
            printed.clientIds()});
    if (!failure.isEmpty()) showMessage(failure, true);
}

HtmlDocument MedicationPage::sheetDocument(const DispensingSheet &printed) const
{
    return {tr("Dispensing sheet"), tr("dispensing-sheet-%1.pdf").arg(m_day.toString(Qt::ISODate)),
        printed.html(), QPageLayout::Landscape};
}

void MedicationPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace mestring::ui
