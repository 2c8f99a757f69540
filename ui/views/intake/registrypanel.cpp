#include "registrypanel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/domain/clock.h"
#include "core/services/registryservice.h"
#include "ui/print/registrylist.h"
#include "ui/dialogs/registrydatedialog.h"
#include "ui/formatting.h"
#include "ui/intaketitles.h"
#include "ui/models/registryworklistmodel.h"
#include "ui/print/htmlprint.h"
#include "ui/servicecall.h"
#include "ui/widgets/record/recordtab.h"
#include "ui/widgets/textfit.h"

namespace mestring::ui {

RegistryPanel::RegistryPanel(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_summary(new QLabel(this))
    , m_showReported(new QCheckBox(tr("Show those reported in the last %n days", nullptr,
                                       reportedDaysShown),
          this))
    , m_model(new RegistryWorklistModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
{
    RecordTab::setUpTable(m_table, QStringLiteral("registryTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Registry worklist"));
    const int widths[] = {115, 90, 110, 125, 90, 175, 100, 90, 120};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToTitles(m_table);
    m_summary->setObjectName(QStringLiteral("registrySummary"));
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("registryMessage"));
    m_message->setWordWrap(true);
    m_showReported->setObjectName(QStringLiteral("showReported"));

    m_mark = addAction(tr("Mark reported today"), Qt::Key_I, QStringLiteral("markReportedAction"));
    m_markOn = addAction(tr("Mark reported on…"), QKeySequence(Qt::SHIFT | Qt::Key_I),
        QStringLiteral("markReportedOnAction"));
    m_undo = addAction(tr("Undo the mark…"), QKeySequence::Undo, QStringLiteral("undoMarkAction"));
    m_print = addAction(tr("Print the list…"), QKeySequence::Print, QStringLiteral("printRegistryAction"));
    connect(m_mark, &QAction::triggered, this, [this] { markReported(); });
    connect(m_markOn, &QAction::triggered, this, &RegistryPanel::markReportedOn);
    connect(m_undo, &QAction::triggered, this, [this] { undoMark(); });
    connect(m_print, &QAction::triggered, this, &RegistryPanel::print);
    connect(m_showReported, &QCheckBox::toggled, this, [this] { load(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &RegistryPanel::updateActions);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openClientRequested(index.data(RegistryWorklistModel::ClientIdRole).toString(),
            index.data(RegistryWorklistModel::CourseIdRole).toString());
    });

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_mark, m_markOn, m_undo, m_print}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus); // the cursor stays in the list
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_showReported);
    auto *hint = new QLabel(tr("Deadlines: SEL § 101 15 days after the end of the month of the "
                               "event; SUL § 142 one month after the start of treatment; alcohol "
                               "(NAB) by the end of the following month. Anonymous courses are "
                               "never reported. Enter opens the client."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
}

QAction *RegistryPanel::addAction(
    const QString &text, const QKeySequence &keys, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
    QWidget::addAction(action);
    return action;
}

QString RegistryPanel::summaryText() const
{
    return m_summary->text();
}

QString RegistryPanel::message() const
{
    return m_message->text();
}

void RegistryPanel::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b71c1c;") : QString());
}

void RegistryPanel::refresh()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        const core::RegistryWorkItem &item = m_model->itemAt(current.row());
        load(item.courseId, int(item.event));
    } else {
        load();
    }
}

void RegistryPanel::load(const QString &courseId, int event)
{
    const QDate since = m_showReported->isChecked()
        ? m_services.clock.today().addDays(-reportedDaysShown)
        : QDate();
    std::vector<core::RegistryWorkItem> items;
    if (const auto failure
        = failureOf([&] { items = m_services.registry.worklist(m_actor, since); })) {
        showMessage(*failure, true);
    }
    int overdue = 0, thisWeek = 0, open = 0;
    for (const core::RegistryWorkItem &item : items) {
        overdue += item.state == core::RegistryState::Overdue ? 1 : 0;
        thisWeek += item.state == core::RegistryState::DueThisWeek ? 1 : 0;
        open += item.state != core::RegistryState::Reported ? 1 : 0;
    }
    m_model->setItems(std::move(items));
    m_summary->setText(tr("%1 overdue, %2 due this week, %3 to report in all.")
                           .arg(overdue)
                           .arg(thisWeek)
                           .arg(open));
    m_summary->setStyleSheet(overdue > 0
            ? QStringLiteral("color: #b71c1c; font-weight: bold; padding: 2px;")
            : QStringLiteral("padding: 2px;"));
    int row = 0;
    if (!courseId.isEmpty())
        row = std::max(0, m_model->rowOf(courseId, core::RegistryEvent(std::max(0, event))));
    if (m_model->rowCount() > 0) m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    updateActions();
}

void RegistryPanel::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool reported = current.isValid()
        && current.data(RegistryWorklistModel::StateRole).toInt()
            == int(core::RegistryState::Reported);
    m_mark->setEnabled(current.isValid() && !reported);
    m_markOn->setEnabled(current.isValid() && !reported);
    m_undo->setEnabled(reported);
}

bool RegistryPanel::markReported(const QDate &day)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_mark->isEnabled()) return false;
    const core::RegistryWorkItem item = m_model->itemAt(current.row());
    if (const auto failure = failureOf(
            [&] { m_services.registry.markReported(m_actor, item.courseId, item.event, day); })) {
        showMessage(*failure, true);
        return false;
    }
    showMessage(tr("%1 of %2 marked reported. Ctrl+Z undoes a mistaken mark (tick \"Show\" to "
                   "see it).")
                    .arg(registryEventTitle(item.event), item.clientName));
    // The next event moves up into the same row.
    load();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(
            m_model->index(std::min(current.row(), m_model->rowCount() - 1), 0));
    return true;
}

void RegistryPanel::markReportedOn()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_markOn->isEnabled()) return;
    RegistryDateDialog dialog(m_services.clock.today(), this);
    if (dialog.exec() == QDialog::Accepted) markReported(dialog.date());
}

bool RegistryPanel::undoMark(bool confirm)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_undo->isEnabled()) return false;
    const core::RegistryWorkItem item = m_model->itemAt(current.row());
    if (confirm
        && QMessageBox::question(this, tr("Undo the mark"),
               tr("Remove the mark that %1 of %2 was reported on %3? Only do this when the mark "
                  "was a mistake.")
                   .arg(registryEventTitle(item.event), item.clientName,
                       formatDate(item.report->reportedOn)))
            != QMessageBox::Yes)
        return false;
    if (const auto failure = failureOf(
            [&] { m_services.registry.undoReported(m_actor, item.courseId, item.event); })) {
        showMessage(*failure, true);
        return false;
    }
    showMessage(tr("The mark is removed; the event is on the list again."));
    load(item.courseId, int(item.event));
    return true;
}

void RegistryPanel::print()
{
    const auto &items = m_model->items();
    previewHtml(this,
        {registryListTitle(), registryListTitle() + QStringLiteral(".pdf"),
            registryListHtml(items, m_services.clock.today()), QPageLayout::Landscape},
        {m_services.accessLog, m_actor, core::AccessDocument::RegistryList,
            distinctClients(items, [](const core::RegistryWorkItem &i) { return i.clientId; })});
}

} // namespace mestring::ui
