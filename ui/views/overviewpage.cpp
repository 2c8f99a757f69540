#include "overviewpage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

#include "core/storage/livelisttables.h"
#include "core/domain/clock.h"
#include "core/services/caseloadservice.h"
#include "core/services/permissions.h"
#include "core/services/serviceerrors.h"
#include "core/services/staffservice.h"
#include "core/storage/storageerror.h"
#include "ui/formatting.h"
#include "ui/models/caseloadtablemodel.h"
#include "ui/print/reportpreview.h"
#include "ui/servicecall.h"
#include "ui/views/overviewworker.h"
#include "ui/widgets/liverefresh.h"
#include "ui/widgets/daywatcher.h"
#include "ui/widgets/pageheader.h"
#include "ui/widgets/worklistpanel.h"

namespace mestring::ui {

namespace {

QString greeting(const QTime &now)
{
    if (now.hour() < 10) return OverviewPage::tr("Good morning, %1");
    if (now.hour() < 18) return OverviewPage::tr("Good afternoon, %1");
    return OverviewPage::tr("Good evening, %1");
}

// Flag filter items: "all rows", "rows with a flag", then one per flag kind (its code).
const QString allRows = QStringLiteral("all");
const QString flaggedRows = QStringLiteral("flagged");
// Space above and below a row's text, in pixels.
constexpr int rowMargins = 10;

} // namespace

OverviewPage::OverviewPage(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_today(services.clock.today())
    , m_header(new PageHeader(tr("Overview"), this))
    , m_therapistFilter(new QComboBox(this))
    , m_flagFilter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_model(new CaseloadTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_printFollowup(new QPushButton(tr("&Print follow-up…"), this))
    , m_registryRow(nullptr)
    , m_registryNotice(new QLabel(this))
    , m_worker(new OverviewWorker(services, this))
{
    connect(m_worker, &OverviewWorker::finished, this, &OverviewPage::showOverview);
    connect(m_worker, &OverviewWorker::failed, this, &OverviewPage::showFailure);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseloadTableModel::UrgencyRole);
    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // One line per flag (the row is as high as its flags); a text too long for its column is
    // cut off with "…", and the cell's tooltip shows it whole.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Rows are as high as their flags need (fitRowHeights): Qt's ResizeToContents would lay
    // out the text of every cell of every row, 0.3 s for the whole centre's 2,345 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + rowMargins);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CaseloadTableModel::ClientColumn, 170);
    m_table->setColumnWidth(CaseloadTableModel::BirthDateColumn, 95);
    m_table->setColumnWidth(CaseloadTableModel::CourseColumn, 185);
    m_table->setColumnWidth(CaseloadTableModel::ResponsibleColumn, 135);
    m_table->setColumnWidth(CaseloadTableModel::LastContactColumn, 105);
    m_table->setColumnWidth(CaseloadTableModel::NextAppointmentColumn, 125);
    m_table->setColumnHidden(CaseloadTableModel::ResponsibleColumn, !isCentreView());
    m_table->setAccessibleName(tr("Caseload"));
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { openRow(index.row()); });
    m_summary->setObjectName(QStringLiteral("caseloadSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    if (WorklistPanel::isFor(m_actor)) {
        m_worklist = new WorklistPanel(m_services, m_actor, this);
        connect(m_worklist, &WorklistPanel::openMedicationRequested, this,
            &OverviewPage::openMedicationRequested);
        layout->addWidget(m_worklist);
    }
    layout->addWidget(createFilterRow());
    layout->addWidget(createRegistryRow());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    fillTherapists();
    updatePrintButton();
    // The flags are about today: at midnight they are worked out for the new day.
    connect(new DayWatcher(m_services.clock, this), &DayWatcher::dayChanged, this,
        [this](const QDate &today) { setToday(today); });
    // Computed on the worker again; the rows shown stay until the new ones are ready.
    new LiveRefresh(m_services.changes, this,
        core::livelisttables::overview(),
        [this] { refresh(); });
}

bool OverviewPage::isCentreView() const
{
    return core::roleHas(m_actor.role, core::Permission::ViewReports);
}

QWidget *OverviewPage::createRegistryRow()
{
    // Intake staff and coordinators see what is due to the national registers here.
    m_registryRow = new QWidget(this);
    auto *layout = new QHBoxLayout(m_registryRow);
    layout->setContentsMargins(8, 4, 8, 4);
    m_registryNotice->setObjectName(QStringLiteral("registryNotice"));
    m_registryNotice->setWordWrap(true);
    auto *open = new QPushButton(tr("Open the &registry worklist"), m_registryRow);
    open->setObjectName(QStringLiteral("openRegistryButton"));
    connect(open, &QPushButton::clicked, this, &OverviewPage::registryWorklistRequested);
    layout->addWidget(m_registryNotice, 1);
    layout->addWidget(open);
    m_registryRow->hide();
    return m_registryRow;
}

void OverviewPage::showRegistryNotice(const std::optional<core::RegistrySummary> &summary)
{
    const bool due = summary && (summary->overdue > 0 || summary->dueThisWeek > 0);
    m_registryRow->setVisible(due);
    if (!due) return;
    m_registryNotice->setText(
        tr("Registry reporting: %1 overdue, %2 due this week.")
            .arg(summary->overdue)
            .arg(summary->dueThisWeek));
    m_registryRow->setStyleSheet(summary->overdue > 0
            ? QStringLiteral("background: #fdecea; color: #7f1010; font-weight: bold;")
            : QStringLiteral("background: #fff4e0;"));
}

QWidget *OverviewPage::createFilterRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *therapistLabel = new QLabel(tr("&Therapist:"), row);
    therapistLabel->setBuddy(m_therapistFilter);
    m_therapistFilter->setObjectName(QStringLiteral("therapistFilter"));
    m_therapistFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *flagLabel = new QLabel(tr("S&how:"), row);
    flagLabel->setBuddy(m_flagFilter);
    m_flagFilter->setObjectName(QStringLiteral("flagFilter"));
    m_flagFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_flagFilter->addItem(tr("Every course"), allRows);
    m_printFollowup->setObjectName(QStringLiteral("printFollowupButton"));
    m_printFollowup->setVisible(core::roleHas(m_actor.role, core::Permission::ReadClinical));
    connect(m_printFollowup, &QPushButton::clicked, this, &OverviewPage::printFollowup);
    auto *refresh = new QPushButton(tr("&Refresh"), row);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the overview again (F5)"));
    connect(refresh, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_therapistFilter, &QComboBox::activated, this, &OverviewPage::refresh);
    connect(m_flagFilter, &QComboBox::activated, this, &OverviewPage::refresh);
    therapistLabel->setVisible(isCentreView());
    m_therapistFilter->setVisible(isCentreView());
    layout->addWidget(therapistLabel);
    layout->addWidget(m_therapistFilter);
    layout->addSpacing(12);
    layout->addWidget(flagLabel);
    layout->addWidget(m_flagFilter);
    layout->addStretch(1);
    layout->addWidget(m_printFollowup);
    layout->addWidget(refresh);
    return row;
}

void OverviewPage::fillTherapists()
{
    m_therapistFilter->clear();
    if (!isCentreView()) return;
    m_therapistFilter->addItem(tr("Every therapist"), QString());
    try {
        for (const core::StaffMember &member : m_services.staff.list(m_actor))
            m_therapistFilter->addItem(member.name, member.id);
    } catch (const core::ServiceError &) {
        // Without the staff list the centre-wide view still works.
    } catch (const core::StorageError &) {
    }
}

void OverviewPage::fillFlagFilter(const core::CaseloadOverview &overview)
{
    const QString chosen = m_flagFilter->currentData().toString();
    m_flagFilter->clear();
    m_flagFilter->addItem(tr("Every course (%1)").arg(overview.scopeRows), allRows);
    m_flagFilter->addItem(tr("Courses with something to do"), flaggedRows);
    for (const auto &[kind, count] : overview.counts)
        m_flagFilter->addItem(
            QStringLiteral("%1 (%2)").arg(core::caseloadFlagTitle(kind)).arg(count),
            core::caseloadFlagCode(kind));
    m_flagFilter->setCurrentIndex(std::max(0, m_flagFilter->findData(chosen)));
}

void OverviewPage::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void OverviewPage::refresh()
{
    m_header->setSubtitle(tr("%1. Today is %2 %3.")
                              .arg(greeting(m_services.clock.now().time()).arg(m_actor.name),
                                  QLocale().dayName(m_today.dayOfWeek()), formatDate(m_today)));
    core::CaseloadQuery query = core::CaseloadQuery::own(m_actor, m_today);
    if (isCentreView()) query.responsible = m_therapistFilter->currentData().toString();
    const QString filter = m_flagFilter->currentData().toString();
    for (core::CaseloadFlagKind kind : core::caseloadFlagKinds()) {
        if (filter == flaggedRows || filter == core::caseloadFlagCode(kind))
            query.flags.insert(kind);
    }
    updatePrintButton();
    if (m_worklist) m_worklist->refresh();
    // The rows shown stay until the new ones are ready; the summary says they are coming.
    m_summary->setText(tr("Computing the overview …"));
    m_worker->start(m_actor, query);
}

void OverviewPage::showOverview(const core::Actor &actor, OverviewFigures figures)
{
    showRegistryNotice(figures.registry);
    core::CaseloadOverview &overview = figures.caseload;
    // The rows are about to be seen: that is what the access log records.
    const std::optional<QString> failure
        = failureOf([&] { m_services.caseload.logShown(actor, overview); });
    if (failure) {
        showFailure(*failure);
        return;
    }
    fillFlagFilter(overview);
    int flagged = 0;
    for (const core::CaseloadRow &row : overview.rows)
        flagged += row.flags.empty() ? 0 : 1;
    m_summary->setText(tr("%n course(s) shown, %1 with something to do. Enter or a double "
                          "click opens the client where it is done.",
        nullptr, int(overview.rows.size()))
                           .arg(flagged));
    m_model->setRows(std::move(overview.rows), overview.today);
    // Most urgent first; the sort is stable, so equals keep the service's name order.
    m_proxy->sort(CaseloadTableModel::FlagsColumn, Qt::DescendingOrder);
    fitRowHeights();
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid()) m_table->selectRow(0);
    Q_EMIT overviewShown();
}

void OverviewPage::fitRowHeights()
{
    // One line per flag, at least one; the other columns hold one line each.
    const int line = m_table->fontMetrics().lineSpacing();
    QHeaderView *rows = m_table->verticalHeader();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int flags = int(m_model->rowAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row())
                                  .flags.size());
        rows->resizeSection(row, std::max(1, flags) * line + rowMargins);
    }
}

void OverviewPage::showFailure(const QString &message)
{
    m_model->setRows({}, m_today);
    m_summary->setText(message);
    Q_EMIT overviewShown();
}

bool OverviewPage::isComputing() const
{
    return m_worker->isComputing();
}

void OverviewPage::openRow(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    if (!index.isValid()) return;
    const int flag = index.data(CaseloadTableModel::FirstFlagRole).toInt();
    Q_EMIT openClientRequested(index.data(CaseloadTableModel::ClientIdRole).toString(),
        index.data(CaseloadTableModel::CourseIdRole).toString(),
        flag < 0 ? std::nullopt : std::optional(core::CaseloadFlagKind(flag)));
}

QString OverviewPage::followupTherapistId() const
{
    return isCentreView() ? m_therapistFilter->currentData().toString() : m_actor.staffId;
}

void OverviewPage::updatePrintButton()
{
    const bool chosen = !followupTherapistId().isEmpty();
    m_printFollowup->setEnabled(chosen);
    m_printFollowup->setToolTip(chosen
            ? tr("Print the 8-weekly follow-up of %1's active courses, or save it as PDF")
                  .arg(isCentreView() ? m_therapistFilter->currentText() : m_actor.name)
            : tr("Choose a therapist above to print their follow-up"));
}

std::optional<core::FollowupReport> OverviewPage::followupReport()
{
    std::optional<core::FollowupReport> report;
    const QString therapist = followupTherapistId();
    if (therapist.isEmpty()) return report;
    callOrWarn(this, tr("Print follow-up"), [&] {
        report = core::followupReport(recordReaders(m_services), m_actor, therapist, m_today);
    });
    return report;
}

void OverviewPage::printFollowup()
{
    if (const std::optional<core::FollowupReport> report = followupReport())
        previewFollowupReport(this, *report, m_services.accessLog, m_actor);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace mestring::ui
