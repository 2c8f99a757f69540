#include "medicationpage.h"

#include <algorithm>
#include <iterator>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/storage/livelisttables.h"
#include "core/domain/clock.h"
#include "core/services/dispensingservice.h"
#include "core/services/medicationsettingsservice.h"
#include "core/services/permissions.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/models/dispensinglistfilter.h"
#include "ui/models/dispensinglistmodel.h"
#include "ui/print/dispensingsheet.h"
#include "ui/print/htmlprint.h"
#include "ui/servicecall.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/liverefresh.h"
#include "ui/widgets/daywatcher.h"
#include "ui/widgets/pageheader.h"
#include "ui/widgets/textfit.h"

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
    , m_day(m_services.clock.today())
    , m_header(new PageHeader(tr("Medication"), this))
    , m_dayField(new DateField(this))
    , m_closedNotice(new QLabel(this))
    , m_message(new QLabel(this))
    , m_model(new DispensingListModel(this))
    , m_filter(new DispensingListFilter(this))
    , m_table(new QTableView(this))
    , m_filterField(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_annul(new QAction(tr("&Annul registration... (Ctrl+Z)"), this))
{
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("dispensingTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Narrow enough that the last column (what needs attention) keeps about 250 pixels at
    // 1366x768: with less, a blocked row's reason wrapped into eight lines and a screen held
    // four rows.
    m_table->setColumnWidth(DispensingListModel::ClientColumn, 185);
    m_table->setColumnWidth(DispensingListModel::BirthDateColumn, 110);
    m_table->setColumnWidth(DispensingListModel::DrugColumn, 150);
    m_table->setColumnWidth(DispensingListModel::DoseColumn, 160);
    m_table->setColumnWidth(DispensingListModel::ModeColumn, 150);
    m_table->setColumnWidth(DispensingListModel::StatusColumn, 110);
    m_table->setAccessibleName(tr("Dispensing list"));
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openClientRequested(index.data(DispensingListModel::ClientIdRole).toString());
    });
    m_closedNotice->setObjectName(QStringLiteral("closedDayNotice"));
    m_closedNotice->setStyleSheet(QStringLiteral("color: #7a4f00; font-weight: bold;"));
    m_message->setObjectName(QStringLiteral("medicationMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A fixed place: a message appearing or going never moves the rows under the mouse.
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 3 + 6);
    m_summary->setObjectName(QStringLiteral("medicationSummary"));
    m_summary->setWordWrap(true);
    createActions();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MedicationPage::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_header);
    layout->addWidget(createDayRow());
    layout->addWidget(createRecordRow());
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    m_dayField->setDate(m_day);
    // At midnight the list of today becomes the list of the new day.
    connect(new DayWatcher(m_services.clock, this), &DayWatcher::dayChanged, this,
        [this](const QDate &today, const QDate &previous) {
            if (m_day == previous) setDay(today);
        });
    // A dose recorded at the other dispensing station shows here within about a second.
    new LiveRefresh(
        m_services.changes, this,
        core::livelisttables::dispensingList(),
        [this] { followChanges(); }, m_table);
}

void MedicationPage::followChanges()
{
    // What the nurse is being told (a refusal) stays: only a failure to read replaces it.
    const QString shown = m_message->text();
    const bool wasError = m_messageIsError;
    refresh();
    if (!m_messageIsError && !shown.isEmpty()) showMessage(shown, wasError);
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
        const QDate day = m_services.clock.today();
        m_dayField->setDate(day);
        setDay(day);
    });
    auto *refresh = new QPushButton(tr("&Refresh"), row);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the list again (F5)"));
    connect(refresh, &QPushButton::clicked, this, &MedicationPage::refresh);
    auto *print = new QPushButton(tr("&Print sheet..."), row);
    print->setObjectName(QStringLiteral("printSheet"));
    print->setToolTip(tr("The day's dispensing sheet for signatures, with a preview"));
    connect(print, &QPushButton::clicked, this, &MedicationPage::printSheet);
    auto *pdf = new QPushButton(tr("Sheet as P&DF..."), row);
    pdf->setToolTip(tr("Save the day's dispensing sheet as a PDF file"));
    connect(pdf, &QPushButton::clicked, this, &MedicationPage::saveSheetPdf);
    for (QPushButton *button : {today, refresh, print, pdf})
        button->setFocusPolicy(Qt::TabFocus); // a click leaves the cursor in the list
    layout->addWidget(label);
    layout->addWidget(m_dayField);
    layout->addWidget(today);
    layout->addSpacing(12);
    layout->addWidget(m_closedNotice);
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
        // Only while the cursor is in the list: letters typed in the filter never record.
        action->setShortcutContext(Qt::WidgetShortcut);
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
    m_annul->setObjectName(QStringLiteral("annulRegistration"));
    m_annul->setShortcut(QKeySequence::Undo);
    m_annul->setShortcutContext(Qt::WidgetShortcut);
    m_annul->setToolTip(tr("Annul the chosen row's registration made in error, with a reason "
                           "(your own today, or any as a doctor)"));
    connect(m_annul, &QAction::triggered, this, &MedicationPage::annulCurrent);
    m_table->addAction(m_annul);
}

QWidget *MedicationPage::createRecordRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Register for the chosen client:"), row));
    std::vector<QAction *> buttons = m_actions;
    buttons.push_back(m_annul);
    for (QAction *action : buttons) {
        auto *button = new QToolButton(row);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus); // the cursor stays in the list
        layout->addWidget(button);
    }
    layout->addStretch(1);
    auto *label = new QLabel(tr("&Find (Ctrl+F):"), row);
    label->setBuddy(m_filterField);
    m_filterField->setObjectName(QStringLiteral("dispensingFilter"));
    m_filterField->setPlaceholderText(tr("name or birth date"));
    m_filterField->setClearButtonEnabled(true);
    const int fieldWidth = widthShowing(m_filterField, m_filterField->placeholderText());
    m_filterField->setMinimumWidth(fieldWidth);
    m_filterField->setMaximumWidth(std::max(220, fieldWidth));
    m_filterField->installEventFilter(this);
    connect(m_filterField, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_filter->index(0, 0));
        updateActions();
    });
    layout->addWidget(label);
    layout->addWidget(m_filterField);
    return row;
}

QAction *MedicationPage::recordAction(core::DispensingStatus status) const
{
    return m_actions.at(std::size_t(status));
}

void MedicationPage::focusFilter()
{
    m_filterField->setFocus(Qt::ShortcutFocusReason);
    m_filterField->selectAll();
}

bool MedicationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filterField) {
        // Enter or Down goes to the filtered list; Esc empties the filter and goes back.
        if (key->key() == Qt::Key_Escape) {
            m_filterField->clear();
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
            || key->key() == Qt::Key_Down) {
            if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_filter->index(0, 0));
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    } else if (watched == m_table && key->matches(QKeySequence::Find)) {
        focusFilter();
        return true;
    }
    return QWidget::eventFilter(watched, event);
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
    m_message->setToolTip(text);
    m_messageIsError = isError && !text.isEmpty();
    m_message->setStyleSheet(isError ? QStringLiteral("color: #9b1c1c; font-weight: bold;")
                                     : QStringLiteral("color: #7a4f00;"));
}

int MedicationPage::currentSourceRow() const
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void MedicationPage::selectListRow(int row)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void MedicationPage::refresh()
{
    const QDate today = m_services.clock.today();
    m_header->setSubtitle(tr("Dispensing list for %1 %2")
                              .arg(QLocale().dayName(m_day.dayOfWeek()), formatDate(m_day)));
    const int current = currentSourceRow();
    const QString currentClient = current >= 0 ? m_model->rowAt(current).clientId : QString();
    const QString currentPrescription
        = current >= 0 ? m_model->rowAt(current).prescription.id : QString();
    const std::optional<QString> failure = failureOf([&] {
        m_settings = m_services.medicationSettings.settings(m_actor);
        const QString closed = m_services.medicationSettings.calendar().reason(m_day);
        m_closedNotice->setText(closed.isEmpty()
                ? QString()
                : tr("Closed day: %1. The doses were handed out on the last open day before.")
                      .arg(closed));
        m_closedNotice->setVisible(!closed.isEmpty());
        m_model->setRows(m_services.dispensings.dayList(m_actor, m_day), m_day, m_settings);
    });
    if (failure) m_model->setRows({}, m_day, m_settings);
    showMessage(failure.value_or(m_day > today
                ? tr("A day still to come: nothing can be registered yet, and no dose counts as "
                     "missed before its day is over.")
                : QString()),
        failure.has_value());
    int select = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const core::DispensingListRow &row = m_model->rowAt(r);
        if (row.clientId == currentClient && row.prescription.id == currentPrescription) {
            select = r;
            break;
        }
    }
    if (m_model->rowCount() > 0) selectListRow(select);
    updateActions();
}

void MedicationPage::updateSummary()
{
    int due = 0, recorded = 0, blocked = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const core::DispensingListRow &row = m_model->rowAt(r);
        if (row.recorded)
            ++recorded;
        else if (!row.mayGiveDose())
            ++blocked;
        else
            ++due;
    }
    QString summary = tr("%n client(s) on the list: %1 still due, %2 registered, %3 blocked or "
                         "awaiting a doctor. Keys: T taken, U handed out, M missed, N refused, "
                         "W withheld, Ctrl+Z annul, Ctrl+F find, Enter opens the client.",
        nullptr, m_model->rowCount())
                          .arg(due)
                          .arg(recorded)
                          .arg(blocked);
    // A find that hides rows says so, so an empty list is never taken for an empty day.
    const QString find = m_filterField->text().trimmed();
    const int shown = m_filter->rowCount();
    if (!find.isEmpty() && shown == 0 && m_model->rowCount() > 0) {
        summary = tr("No one on the list matches \"%1\": type part of a name, a birth date "
                     "(ddmmyy) or a birth year. Esc in the find field shows everyone.")
                      .arg(find)
            + QLatin1Char(' ') + summary;
    } else if (!find.isEmpty()) {
        summary = tr("Showing %n matching \"%1\".", nullptr, shown).arg(find)
            + QLatin1Char(' ') + summary;
    }
    m_summary->setText(summary);
}

void MedicationPage::updateActions()
{
    updateSummary();
    const int current = currentSourceRow();
    const bool mayDispense = core::mayDo(m_actor, core::Permission::Dispense);
    const bool dayHasCome = m_day <= m_services.clock.today();
    for (QAction *action : m_actions)
        action->setEnabled(mayDispense && current >= 0 && dayHasCome);
    m_annul->setEnabled(mayDispense && current >= 0 && m_model->rowAt(current).recorded);
    if (current >= 0 && !m_model->rowAt(current).recorded
        && !m_model->rowAt(current).mayGiveDose()) {
        const core::DispensingListRow &row = m_model->rowAt(current);
        showMessage(row.block.blocked ? core::DispensingService::blockMessage(row.block)
                                      : DispensingListModel::flagsText(row),
            true);
    } else if (m_messageIsError) {
        showMessage(QString(), false); // a refusal shown for the previous row
    }
}

DispensingSheet MedicationPage::sheet() const
{
    std::vector<core::DispensingListRow> rows;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        rows.push_back(m_model->rowAt(m_filter->mapToSource(m_filter->index(r, 0)).row()));
    return DispensingSheet(std::move(rows), m_day, m_settings);
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
