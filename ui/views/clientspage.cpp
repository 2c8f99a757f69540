#include "clientspage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/domain/clock.h"
#include "core/services/citizenplanservice.h"
#include "core/services/clientservice.h"
#include "core/services/courseservice.h"
#include "core/services/permissions.h"
#include "core/services/serviceerrors.h"
#include "core/services/staffservice.h"
#include "core/storage/storageerror.h"
#include "ui/dialogs/clientdialog.h"
#include "ui/models/clientlistmodel.h"
#include "ui/print/reportpreview.h"
#include "ui/servicecall.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/pageheader.h"

namespace mestring::ui {

ClientsPage::ClientsPage(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new ClientListModel(services.clients, m_actor, this))
    , m_header(new PageHeader(tr("Clients"), this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_searchTimer(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_record(new ClientRecordWidget(services, m_actor, this))
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ClientsPage::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &ClientsPage::onReturnInSearch);
    connect(m_model, &ClientListModel::modelReset, this, &ClientsPage::updateCount);
    connect(m_model, &ClientListModel::rowsInserted, this, &ClientsPage::updateCount);
    // Queued: the failure is reported from inside a model reset or fetch, and a modal box
    // must not run an event loop there.
    connect(m_model, &ClientListModel::loadFailed, this, &ClientsPage::showLoadError,
        Qt::QueuedConnection);
    connect(m_table, &QTableView::activated, this, &ClientsPage::openCurrent);
    connect(m_record, &ClientRecordWidget::closeRequested, this, &ClientsPage::showList);
    connect(m_record, &ClientRecordWidget::editMasterDataRequested, this,
        &ClientsPage::editShownClient);
    connect(m_record, &ClientRecordWidget::recordChanged, this,
        [this] { openClient(m_record->clientId()); });
    connect(m_record, &ClientRecordWidget::printStatusRequested, this,
        &ClientsPage::printClientStatus);
    connect(m_record, &ClientRecordWidget::printPlanRequested, this,
        &ClientsPage::printCitizenPlan);

    m_stack->addWidget(createListPane());
    m_stack->addWidget(m_record);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_model->setSearchText(QString());
}

QWidget *ClientsPage::createListPane()
{
    auto *pane = new QWidget(this);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search by name, CPR number or alias"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.png")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search clients"));
    // Down arrow from the search field goes to the results, as in a browser's address bar.
    m_search->installEventFilter(this);

    m_table->setObjectName(QStringLiteral("clientTable"));
    // Letters typed in the list go to the search (see eventFilter).
    m_table->installEventFilter(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Compact rows: staff scan long lists, and more rows per screen means less scrolling.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ClientListModel::NameColumn, 280);
    m_table->setColumnWidth(ClientListModel::CprColumn, 130);
    m_table->setColumnWidth(ClientListModel::BirthDateColumn, 110);
    m_table->setAccessibleName(tr("Clients"));

    m_count->setObjectName(QStringLiteral("clientCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(createSearchRow());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    return pane;
}

QWidget *ClientsPage::createSearchRow()
{
    auto *row = new QWidget(this);
    auto *create
        = new QPushButton(QIcon(QStringLiteral(":/icons/add.png")), tr("&New client"), row);
    create->setObjectName(QStringLiteral("newClientButton"));
    create->setToolTip(tr("Register a new client (Ctrl+Shift+N)"));
    create->setEnabled(core::roleHas(m_actor.role, core::Permission::EditMasterData));
    connect(create, &QPushButton::clicked, this, &ClientsPage::createClient);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(create);
    return row;
}

QString ClientsPage::createClient()
{
    ClientDialog dialog(m_services.clients, m_actor, core::Client {}, this);
    const int result = dialog.exec();
    if (result == ClientDialog::OpenExistingClient) {
        openClient(dialog.openInsteadId());
        return QString();
    }
    if (result != QDialog::Accepted) return QString();
    m_model->setSearchText(m_search->text());
    openClient(dialog.savedId());
    return dialog.savedId();
}

void ClientsPage::editShownClient()
{
    bool saved = false;
    QString openInstead;
    const bool read = callOrWarn(this, tr("Edit master data"), [&] {
        const core::Client client = m_services.clients.get(m_actor, m_record->clientId());
        ClientDialog dialog(m_services.clients, m_actor, client, this);
        const int result = dialog.exec();
        saved = result == QDialog::Accepted;
        if (result == ClientDialog::OpenExistingClient) openInstead = dialog.openInsteadId();
    });
    if (!openInstead.isEmpty()) openClient(openInstead);
    if (!read || !saved) return;
    m_model->setSearchText(m_model->searchText());
    openClient(m_record->clientId());
}

void ClientsPage::showLoadError(const QString &message)
{
    QMessageBox::warning(this, tr("Client search"), message);
}

bool ClientsPage::isShowingRecord() const
{
    return m_stack->currentWidget() == m_record;
}

void ClientsPage::focusSearch()
{
    showList();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ClientsPage::applySearchNow()
{
    m_searchTimer->stop();
    if (m_search->text() == m_model->searchText() && m_model->rowCount() > 0) return;
    m_model->setSearchText(m_search->text());
    if (m_model->rowCount() > 0) m_table->selectRow(0);
}

void ClientsPage::onReturnInSearch()
{
    applySearchNow();
    // One hit: open it straight away; several: let the arrow keys pick one.
    if (m_model->rowCount() == 1 && m_model->isComplete()) {
        openClient(m_model->clientAt(0).id);
    } else if (m_model->rowCount() > 0) {
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->selectRow(0);
    }
}

void ClientsPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) openClient(current.data(ClientListModel::ClientIdRole).toString());
}

bool ClientsPage::openClient(const QString &clientId)
{
    const bool read = callOrWarn(this, tr("Open client"), [&] {
        const core::Client client = m_services.clients.get(m_actor, clientId);
        std::optional<std::vector<core::Course>> courses;
        QHash<QString, QString> staffNames;
        try {
            courses = m_services.courses.forClient(m_actor, clientId);
            for (const core::StaffMember &member : m_services.staff.list(m_actor, true))
                staffNames.insert(member.id, member.name);
        } catch (const core::PermissionDenied &) {
            // The master data is still theirs to see; the course section stays hidden.
        }
        m_record->setRecord(client, std::move(courses), staffNames, m_services.clock.today());
    });
    if (!read) return false;
    m_stack->setCurrentWidget(m_record);
    m_record->setFocus(Qt::OtherFocusReason);
    return true;
}

std::optional<core::ClientStatusReport> ClientsPage::clientStatus()
{
    std::optional<core::ClientStatusReport> report;
    if (m_record->clientId().isEmpty()) return report;
    callOrWarn(this, tr("Print client status"), [&] {
        report = core::clientStatusReport(
            recordReaders(m_services), m_actor, m_record->clientId(), m_services.clock.today());
    });
    return report;
}

void ClientsPage::printClientStatus()
{
    if (const std::optional<core::ClientStatusReport> report = clientStatus())
        previewClientStatus(this, *report, m_services.accessLog, m_actor);
}

void ClientsPage::printCitizenPlan()
{
    if (m_record->clientId().isEmpty()) return;
    std::optional<core::CitizenPlan> plan;
    callOrWarn(this, tr("Print the client's plan"),
        [&] { plan = m_services.citizenPlans.plan(m_actor, m_record->clientId()); });
    if (plan) previewCitizenPlan(this, *plan, m_services.accessLog, m_actor);
}

void ClientsPage::showList()
{
    m_stack->setCurrentIndex(0);
    const int row = m_model->rowOf(m_record->clientId());
    if (row >= 0) m_table->selectRow(row);
    m_table->setFocus(Qt::OtherFocusReason);
}

bool ClientsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        applySearchNow();
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid()) m_table->selectRow(0);
        return true;
    }
    // A person who starts typing a name in the list means to search for it (the list's own
    // type-ahead only sees the rows loaded so far): the letters start a new search.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && !text.isEmpty() && text.front().isLetterOrNumber()) {
            focusSearch();
            m_search->insert(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClientsPage::updateCount()
{
    const int shown = m_model->rowCount();
    const bool everyone = m_model->searchText().trimmed().isEmpty();
    if (everyone && !m_model->isComplete()) {
        int total = shown;
        try {
            total = m_services.clients.count(m_actor);
        } catch (const core::ServiceError &) {
            // The count is a courtesy; the list itself already loaded.
        } catch (const core::StorageError &) {
        }
        m_count->setText(tr("Showing %1 of %2 clients; scroll down for more.")
                             .arg(QLocale().toString(shown), QLocale().toString(total)));
    } else if (everyone) {
        m_count->setText(tr("%n clients in all.", nullptr, shown));
    } else if (!m_model->isComplete()) {
        m_count->setText(tr("More than %n clients found; scroll down for more.", nullptr, shown));
    } else {
        m_count->setText(tr("%n clients found.", nullptr, shown));
    }
}

} // namespace mestring::ui
