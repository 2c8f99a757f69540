#include "disposalpanel.h"

#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/clock.h"
#include "core/services/disposalservice.h"
#include "core/services/permissions.h"
#include "ui/formatting.h"
#include "ui/models/disposaltablemodels.h"
#include "ui/servicecall.h"
#include "ui/widgets/messagelabel.h"

namespace mestring::ui {

namespace {

void setUpTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultSectionSize(170);
}

// The list reads every table once (about 0.7 s on a centre of 8,000 clients): show it is busy.
struct BusyCursor
{
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

DisposalPanel::DisposalPanel(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_disposals(services.disposals)
    , m_clock(services.clock)
    , m_actor(std::move(actor))
    , m_status(new QLabel(this))
    , m_find(new QPushButton(tr("&Find clients"), this))
    , m_dispose(new QPushButton(tr("&Dispose of the client's records..."), this))
    , m_candidateModel(new DisposalCandidateModel(this))
    , m_historyModel(new DisposalHistoryModel(this))
    , m_candidates(new QTableView(this))
    , m_history(new QTableView(this))
    , m_confirm([this](const QString &question) {
        QMessageBox box(QMessageBox::Warning, tr("Dispose of a client's records"), question,
            QMessageBox::Cancel, this);
        QPushButton *dispose
            = box.addButton(tr("Dispose of everything"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == dispose;
    })
{
    setObjectName(QStringLiteral("disposalPanel"));
    m_status->setObjectName(QStringLiteral("disposalStatus"));
    m_status->setWordWrap(true);
    m_find->setObjectName(QStringLiteral("findDisposable"));
    m_dispose->setObjectName(QStringLiteral("disposeClient"));
    m_candidates->setObjectName(QStringLiteral("disposalCandidates"));
    m_history->setObjectName(QStringLiteral("disposalHistory"));
    setUpTable(m_candidates, m_candidateModel);
    setUpTable(m_history, m_historyModel);
    m_candidates->setColumnWidth(DisposalCandidateModel::NameColumn, 260);
    // The record count is a right-aligned number: it ends its column, not the window.
    m_history->horizontalHeader()->setStretchLastSection(false);
    m_candidates->setAccessibleName(tr("Clients whose records may be disposed of"));
    m_history->setAccessibleName(tr("Disposals done"));

    auto *intro = new QLabel(
        tr("A client's records must be kept for 10 years after the last entry of any kind "
           "(journalføringsbekendtgørelsen). After that they may be disposed of: everything "
           "about the client is deleted for good. The access log keeps that it was done, by "
           "whom and when, never what was deleted. Backups taken before keep the data until "
           "they are replaced."),
        this);
    intro->setWordWrap(true);

    connect(m_find, &QPushButton::clicked, this, &DisposalPanel::refresh);
    connect(m_dispose, &QPushButton::clicked, this, &DisposalPanel::disposeChosen);
    connect(m_candidates->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DisposalPanel::updateButtons);
    connect(m_candidates, &QTableView::activated, this, &DisposalPanel::disposeChosen);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_find);
    buttons->addWidget(m_dispose);
    buttons->addStretch(1);

    auto *history = new QGroupBox(tr("Disposals done"), this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_candidates, 2);
    layout->addWidget(history, 1);
    m_find->setEnabled(core::mayDo(m_actor, core::Permission::DisposeRecords));
    showStatus(tr("Press Find clients to list the clients whose records may be disposed of."));
    updateButtons();
}

void DisposalPanel::showEvent(QShowEvent *event)
{
    // The disposals done name no one; the candidates are looked up (and logged) on request.
    loadHistory();
    QWidget::showEvent(event);
}

void DisposalPanel::loadHistory()
{
    QList<core::Disposal> done;
    if (!failureOf([&] { done = m_disposals.disposals(m_actor); }))
        m_historyModel->setDisposals(std::move(done));
}

void DisposalPanel::refresh()
{
    const QDate today = m_clock.today();
    QList<core::DisposalCandidate> candidates;
    const BusyCursor busy;
    if (const auto failure
        = failureOf([&] { candidates = m_disposals.candidates(m_actor, today); })) {
        showStatus(*failure, true);
        return;
    }
    m_candidateModel->setCandidates(std::move(candidates));
    loadHistory();
    showStatus(tr("%n client(s) whose records may be disposed of on %1.", nullptr,
        m_candidateModel->rowCount())
                   .arg(formatDate(today)));
    updateButtons();
}

bool DisposalPanel::disposeChosen()
{
    const QModelIndexList rows = m_candidates->selectionModel()->selectedRows();
    if (rows.isEmpty()) return false;
    const core::DisposalCandidate chosen = m_candidateModel->candidate(rows.front().row());
    core::DisposalCheck check;
    if (const auto failure = failureOf(
            [&] { check = m_disposals.check(m_actor, chosen.clientId, m_clock.today()); })) {
        showStatus(*failure, true);
        return false;
    }
    if (!check.allowed) {
        showStatus(check.refusal, true);
        return false;
    }
    const QString who = chosen.cpr.isEmpty()
        ? chosen.name
        : QStringLiteral("%1 (%2)").arg(chosen.name, formatCpr(chosen.cpr));
    const QString question = tr("Dispose of everything about %1?").arg(who) + QStringLiteral("\n\n")
        + tr("The last entry about them is from %1.").arg(formatDate(check.lastEntry))
        + QLatin1Char(' ')
        + tr("%n record(s) will be deleted for good: courses, plans, appointments, medication, "
             "notes and the rest. This cannot be undone.",
            nullptr, int(check.records));
    if (!m_confirm(question)) return false;

    qint64 removed = 0;
    if (const auto failure
        = failureOf([&] { removed = m_disposals.dispose(m_actor, chosen.clientId); })) {
        showStatus(*failure, true);
        return false;
    }
    // The rest of the list stands; reading it again would log every name once more.
    m_candidateModel->removeClient(chosen.clientId);
    loadHistory();
    showStatus(
        tr("The records of %1 were disposed of: %n record(s) deleted.", nullptr, int(removed))
            .arg(chosen.name));
    updateButtons();
    return true;
}

QString DisposalPanel::status() const
{
    return m_status->text();
}

void DisposalPanel::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void DisposalPanel::showStatus(const QString &text, bool isError)
{
    showMessageIn(m_status, text, isError);
}

void DisposalPanel::updateButtons()
{
    m_dispose->setEnabled(core::mayDo(m_actor, core::Permission::DisposeRecords)
        && m_candidates->selectionModel()->hasSelection());
}

} // namespace mestring::ui
