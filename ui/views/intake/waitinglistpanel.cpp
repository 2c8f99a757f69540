#include "waitinglistpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/domain/clock.h"
#include "core/services/permissions.h"
#include "core/services/waitinglistservice.h"
#include "ui/dialogs/takeoffdialog.h"
#include "ui/dialogs/waitingentrydialog.h"
#include "ui/formatting.h"
#include "ui/intaketitles.h"
#include "ui/models/waitinglistmodel.h"
#include "ui/servicecall.h"
#include "ui/widgets/record/recordtab.h"
#include "ui/widgets/textfit.h"

namespace mestring::ui {

WaitingListPanel::WaitingListPanel(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_offers(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_pause(new QPushButton(this))
    , m_showTakenOff(new QCheckBox(tr("Show those taken &off"), this))
    , m_model(new WaitingListModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
{
    m_offers->setObjectName(QStringLiteral("offerList"));
    m_offers->setAccessibleName(tr("Offers"));
    m_offers->setMaximumWidth(250);
    m_offers->setSpacing(4);
    RecordTab::setUpTable(m_table, QStringLiteral("waitingTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Waiting list"));
    m_table->setColumnWidth(WaitingListModel::PositionColumn, 40);
    m_table->setColumnWidth(WaitingListModel::NameColumn, 270);
    m_table->setColumnWidth(WaitingListModel::PhoneColumn, 115);
    m_table->setColumnWidth(WaitingListModel::AskedColumn, 100);
    m_table->setColumnWidth(WaitingListModel::WaitedColumn, 75);
    m_table->setColumnWidth(WaitingListModel::NoteColumn, 170);
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToTitles(m_table);
    m_status->setObjectName(QStringLiteral("offerStatus"));
    m_status->setWordWrap(true);
    m_pause->setObjectName(QStringLiteral("pauseOfferButton"));
    m_pause->setVisible(core::mayDo(m_actor, core::Permission::ViewReports));
    m_message->setObjectName(QStringLiteral("waitingMessage"));
    m_message->setWordWrap(true);

    m_add = addAction(tr("Put on the list…"), QKeySequence::New, QStringLiteral("addWaitingAction"));
    m_edit = addAction(tr("Correct…"), Qt::Key_F2, QStringLiteral("editWaitingAction"));
    m_takeOff = addAction(
        tr("Take off the list…"), QKeySequence::Delete, QStringLiteral("takeOffWaitingAction"));
    connect(m_add, &QAction::triggered, this, &WaitingListPanel::addEntry);
    connect(m_edit, &QAction::triggered, this, &WaitingListPanel::editEntry);
    connect(m_takeOff, &QAction::triggered, this, &WaitingListPanel::takeOff);
    connect(m_table, &QTableView::activated, this, &WaitingListPanel::editEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &WaitingListPanel::updateActions);
    connect(m_pause, &QPushButton::clicked, this, &WaitingListPanel::togglePaused);
    connect(m_offers, &QListWidget::currentRowChanged, this, [this] { loadList(); });
    connect(m_showTakenOff, &QCheckBox::toggled, this, [this] { loadList(); });

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_add, m_edit, m_takeOff}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_showTakenOff);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_pause);
    auto *right = new QVBoxLayout;
    right->addLayout(statusRow);
    right->addLayout(buttons);
    right->addWidget(m_message);
    right->addWidget(m_table, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_offers);
    layout->addLayout(right, 1);
    setTabOrder(m_offers, m_table);
}

QAction *WaitingListPanel::addAction(
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

QString WaitingListPanel::message() const
{
    return m_message->text();
}

void WaitingListPanel::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b71c1c;") : QString());
}

core::IndividualOffer WaitingListPanel::currentOffer() const
{
    const int row = std::max(0, m_offers->currentRow());
    return core::enumValues<core::IndividualOffer>()[std::size_t(row)];
}

void WaitingListPanel::refresh()
{
    fillOffers();
    loadList();
}

void WaitingListPanel::fillOffers()
{
    std::vector<core::OfferState> states;
    if (const auto failure = failureOf([&] { states = m_services.waitingLists.offers(m_actor); })) {
        showMessage(*failure, true);
        return;
    }
    const int row = std::max(0, m_offers->currentRow());
    const QSignalBlocker blocker(m_offers);
    m_offers->clear();
    for (const core::OfferState &state : states) {
        QString text = offerTitle(state.offer) + QLatin1Char('\n')
            + tr("%n waiting", nullptr, state.waiting);
        if (state.paused) text += QStringLiteral(" · ") + tr("paused");
        auto *item = new QListWidgetItem(text, m_offers);
        item->setData(Qt::UserRole, state.paused);
        item->setData(Qt::UserRole + 1, state.pausedSince);
    }
    m_offers->setCurrentRow(row);
}

void WaitingListPanel::loadList(const QString &selectId)
{
    const core::IndividualOffer offer = currentOffer();
    std::vector<core::WaitingListItem> items;
    if (const auto failure = failureOf([&] {
            items = m_services.waitingLists.list(m_actor, offer, m_showTakenOff->isChecked());
        })) {
        showMessage(*failure, true);
    }
    int waiting = 0;
    int longest = 0;
    for (const core::WaitingListItem &item : items) {
        if (!item.entry.isWaiting()) continue;
        ++waiting;
        longest = std::max(longest, item.waitingDays);
    }
    m_model->setItems(std::move(items));
    m_table->setColumnHidden(WaitingListModel::TakenOffColumn, !m_showTakenOff->isChecked());
    const QListWidgetItem *offerItem = m_offers->currentItem();
    const bool paused = offerItem && offerItem->data(Qt::UserRole).toBool();
    QString status = paused
        ? tr("%1 is paused since %2: new people wait here until it opens.")
              .arg(offerTitle(offer), formatDate(offerItem->data(Qt::UserRole + 1).toDate()))
        : tr("%1 is open.").arg(offerTitle(offer));
    if (waiting > 0)
        status += QLatin1Char(' ')
            + tr("%n waiting; the longest for %1 day(s). Call from the top.", nullptr, waiting)
                  .arg(longest);
    m_status->setText(status);
    m_status->setStyleSheet(paused ? QStringLiteral("background: #fff4e0; padding: 4px;") : QString());
    m_pause->setText(paused ? tr("Open the offer") : tr("Pause the offer"));
    const int row = selectId.isEmpty() ? 0 : std::max(0, m_model->rowOf(selectId));
    if (m_model->rowCount() > 0) m_table->selectRow(row);
    updateActions();
}

void WaitingListPanel::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool waiting = current.isValid() && current.data(WaitingListModel::WaitingRole).toBool();
    m_edit->setEnabled(waiting);
    m_takeOff->setEnabled(waiting);
}

void WaitingListPanel::addEntry()
{
    core::WaitingListEntry entry;
    entry.offer = currentOffer();
    WaitingEntryDialog dialog(m_services.waitingLists, m_services.clients, m_actor, entry,
        m_services.clock.today(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    fillOffers();
    loadList(dialog.savedId());
    showMessage(tr("Put on the list."));
}

void WaitingListPanel::editEntry()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !current.data(WaitingListModel::WaitingRole).toBool()) return;
    WaitingEntryDialog dialog(m_services.waitingLists, m_services.clients, m_actor,
        m_model->itemAt(current.row()).entry, m_services.clock.today(), this);
    if (dialog.exec() == QDialog::Accepted) loadList(dialog.savedId());
}

void WaitingListPanel::takeOff()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !current.data(WaitingListModel::WaitingRole).toBool()) return;
    const core::WaitingListItem &item = m_model->itemAt(current.row());
    TakeOffDialog dialog(m_services.waitingLists, m_actor, item.entry.id, item.name,
        m_services.clock.today(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    fillOffers();
    loadList();
    showMessage(tr("Taken off the list; the entry is kept (Show those taken off)."));
}

void WaitingListPanel::togglePaused()
{
    const QListWidgetItem *item = m_offers->currentItem();
    if (!item) return;
    const bool paused = item->data(Qt::UserRole).toBool();
    if (const auto failure = failureOf(
            [&] { m_services.waitingLists.setPaused(m_actor, currentOffer(), !paused); })) {
        showMessage(*failure, true);
        return;
    }
    fillOffers();
    loadList();
}

} // namespace mestring::ui
