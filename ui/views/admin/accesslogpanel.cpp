#include "accesslogpanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/accesslogservice.h"
#include "core/services/clientservice.h"
#include "core/services/permissions.h"
#include "core/services/serviceerrors.h"
#include "core/services/staffservice.h"
#include "core/storage/storageerror.h"
#include "ui/print/htmlprint.h"
#include "ui/servicecall.h"
#include "ui/models/accesslogtablemodel.h"
#include "ui/print/seenbylist.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/messagelabel.h"

namespace mestring::ui {

namespace {

const std::vector<core::AccessKind> kinds
    = {core::AccessKind::Read, core::AccessKind::Create, core::AccessKind::Change,
        core::AccessKind::Search, core::AccessKind::Print, core::AccessKind::Export,
        core::AccessKind::Import, core::AccessKind::Login, core::AccessKind::LoginFailed,
        core::AccessKind::AccountLocked, core::AccessKind::Logout, core::AccessKind::Dispose,
        core::AccessKind::Purge, core::AccessKind::Backup, core::AccessKind::Restore};

} // namespace

AccessLogPanel::AccessLogPanel(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_client(new QLineEdit(this))
    , m_staff(new QComboBox(this))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_kind(new QComboBox(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_seenBy(new QPushButton(tr("&Who has seen my data..."), this))
    , m_seenByPdf(new QPushButton(tr("As &PDF..."), this))
    , m_message(new QLabel(this))
    , m_model(new AccessLogTableModel(this))
    , m_table(new QTableView(this))
    , m_retention(new QSpinBox(this))
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Purge the access log"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("accessLogPanel"));
    m_client->setObjectName(QStringLiteral("logClient"));
    m_client->setMaxLength(100);
    m_client->setPlaceholderText(tr("CPR number or name; empty: every client"));
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setDefault(true);
    m_seenBy->setObjectName(QStringLiteral("seenBy"));
    m_seenBy->setToolTip(tr("The client's list of every use of their data, to print or give "
                            "them as PDF. Type the client first."));
    m_seenByPdf->setToolTip(m_seenBy->toolTip());
    m_message->setWordWrap(true);
    m_message->hide();
    m_kind->addItem(tr("Every kind of use"));
    for (core::AccessKind kind : kinds)
        m_kind->addItem(
            core::accessKindTitle(core::accessKindCode(kind)), core::accessKindCode(kind));
    m_from->setDate(m_services.clock.today().addDays(-30));
    m_to->setDate(m_services.clock.today());

    m_table->setObjectName(QStringLiteral("accessLogTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AccessLogTableModel::TimeColumn, 150);
    m_table->setColumnWidth(AccessLogTableModel::StaffColumn, 170);
    m_table->setColumnWidth(AccessLogTableModel::KindColumn, 130);
    m_table->setColumnWidth(AccessLogTableModel::ClientColumn, 190);

    connect(m_search, &QPushButton::clicked, this, &AccessLogPanel::search);
    connect(m_client, &QLineEdit::returnPressed, this, &AccessLogPanel::search);
    connect(m_seenBy, &QPushButton::clicked, this, &AccessLogPanel::printSeenBy);
    connect(m_seenByPdf, &QPushButton::clicked, this, &AccessLogPanel::saveSeenByPdf);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilters());
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(createRetention());
    const bool allowed = core::mayDo(m_actor, core::Permission::ReadAccessLog);
    for (QWidget *w : std::initializer_list<QWidget *> {m_search, m_seenBy, m_seenByPdf})
        w->setEnabled(allowed);
}

QWidget *AccessLogPanel::createFilters()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("S&taff member:"), m_staff);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), box));
    period->addWidget(m_to);
    period->addStretch(1);
    auto *periodLabel = new QLabel(tr("&Period:"), box);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(tr("&Use:"), m_kind);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_search);
    buttons->addStretch(1);
    buttons->addWidget(m_seenBy);
    buttons->addWidget(m_seenByPdf);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(form, 1);
    row->addSpacing(24);
    row->addLayout(buttons);
    return box;
}

QWidget *AccessLogPanel::createRetention()
{
    auto *row = new QWidget(this);
    m_retention->setObjectName(QStringLiteral("retentionMonths"));
    m_retention->setRange(1, core::AccessLogService::maxRetentionMonths);
    m_retention->setSuffix(tr(" months"));
    m_retention->setValue(m_services.accessLog.retentionMonths());
    auto *save = new QPushButton(tr("Save the period"), row);
    auto *purge = new QPushButton(tr("Remove expired entries..."), row);
    purge->setToolTip(tr("Removes the entries older than the period. The log stays "
                         "verifiable: the removal is recorded with the hash it ends at."));
    connect(save, &QPushButton::clicked, this, &AccessLogPanel::saveRetention);
    connect(purge, &QPushButton::clicked, this, &AccessLogPanel::purgeExpired);
    auto *label = new QLabel(tr("Keep the access log for"), row);
    label->setBuddy(m_retention);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_retention);
    layout->addWidget(
        new QLabel(tr("(6 months unless the centre decides otherwise, at most 5 years)"), row));
    layout->addStretch(1);
    layout->addWidget(save);
    layout->addWidget(purge);
    return row;
}

void AccessLogPanel::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

bool AccessLogPanel::saveRetention()
{
    try {
        m_services.accessLog.setRetentionMonths(m_actor, m_retention->value());
        showMessage(
            tr("The access log is now kept for %n month(s).", nullptr, m_retention->value()));
        return true;
    } catch (const core::ServiceError &error) {
        showMessage(error.message(), true);
    } catch (const core::StorageError &error) {
        showMessage(error.message(), true);
    }
    return false;
}

qint64 AccessLogPanel::purgeExpired()
{
    const QDate today = m_services.clock.today();
    const QDate cutoff = m_services.accessLog.retentionCutoff(today);
    if (!m_confirm(tr("Remove every access-log entry from before %1? They cannot be brought "
                      "back; the log stays verifiable.")
                       .arg(cutoff.toString(QStringLiteral("dd-MM-yyyy")))))
        return -1;
    try {
        const qint64 removed = m_services.accessLog.purgeExpired(m_actor, today);
        showMessage(tr("%n entry(s) removed.", nullptr, int(removed)));
        return removed;
    } catch (const core::ServiceError &error) {
        showMessage(error.message(), true);
    } catch (const core::StorageError &error) {
        showMessage(error.message(), true);
    }
    return -1;
}

void AccessLogPanel::fillStaff()
{
    const QString current = m_staff->currentData().toString();
    m_staff->clear();
    m_staff->addItem(tr("Every staff member"));
    try {
        for (const core::StaffMember &member : m_services.staff.list(m_actor, true))
            m_staff->addItem(member.name, member.id);
    } catch (const core::ServiceError &error) {
        showMessage(error.message(), true);
    }
    const int index = m_staff->findData(current);
    m_staff->setCurrentIndex(index < 0 ? 0 : index);
}

QString AccessLogPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AccessLogPanel::showMessage(const QString &text, bool isError)
{
    showMessageIn(m_message, text, isError);
}

bool AccessLogPanel::resolveClient()
{
    m_chosen.reset();
    const QString text = m_client->text().trimmed();
    if (text.isEmpty()) return true;
    const std::vector<core::Client> found = m_services.clients.search(m_actor, text, 0, 2);
    if (found.empty()) {
        showMessage(
            tr("No client matches \"%1\". Check the spelling or type the CPR number.").arg(text),
            true);
        return false;
    }
    if (found.size() > 1) {
        showMessage(tr("Several clients match \"%1\". Type the whole CPR number or the full "
                       "name.")
                        .arg(text),
            true);
        return false;
    }
    m_chosen = found.front();
    return true;
}

bool AccessLogPanel::search()
{
    showMessage(QString());
    try {
        if (!resolveClient()) {
            m_model->setLines({});
            return false;
        }
        core::AccessLogQuery query;
        query.client = m_chosen ? m_chosen->id : QString();
        query.actor = m_staff->currentData().toString();
        query.action = m_kind->currentData().toString();
        query.from = m_from->date();
        query.to = m_to->date();
        std::vector<core::AccessLogLine> lines = m_services.accessLog.search(m_actor, query);
        if (lines.size() >= std::size_t(query.limit))
            showMessage(tr("Only the newest %1 entries are shown. Narrow the search to see the "
                           "others.")
                            .arg(query.limit));
        else if (lines.empty())
            showMessage(tr("No entries match the search."));
        m_model->setLines(std::move(lines));
        return true;
    } catch (const core::ServiceError &error) {
        showMessage(error.message(), true);
    } catch (const core::StorageError &error) {
        showMessage(error.message(), true);
    }
    return false;
}

SeenByList AccessLogPanel::seenByList() const
{
    if (!m_chosen) throw core::NotFound(tr("Type the client's CPR number or name first."));
    const QDate today = m_services.clock.today();
    return SeenByList(*m_chosen, m_services.accessLog.seenBy(m_actor, m_chosen->id), today,
        m_services.accessLog.retentionCutoff(today));
}

HtmlDocument AccessLogPanel::seenByDocument() const
{
    return {tr("Who has seen my data"), tr("who-has-seen-my-data.pdf"), seenByList().html(),
        QPageLayout::Portrait, 15};
}

PrintUse AccessLogPanel::seenByUse() const
{
    return {m_services.accessLog, m_actor, core::AccessDocument::SeenBy, {m_chosen->id}};
}

void AccessLogPanel::printSeenBy()
{
    // The preview has "Gem som PDF…" too: the list is usually handed over as a file.
    if (const auto failure = failureOf([&] {
            if (resolveClient()) previewHtml(this, seenByDocument(), seenByUse());
        }))
        showMessage(*failure, true);
}

void AccessLogPanel::saveSeenByPdf()
{
    QString failure;
    if (const auto error = failureOf([&] {
            if (resolveClient()) failure = saveHtmlPdfAs(this, seenByDocument(), seenByUse());
        }))
        failure = *error;
    if (!failure.isEmpty()) showMessage(failure, true);
}

void AccessLogPanel::showEvent(QShowEvent *event)
{
    if (m_staff->count() == 0) fillStaff();
    QWidget::showEvent(event);
}

} // namespace mestring::ui
