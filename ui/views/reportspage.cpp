#include "reportspage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/domain/clock.h"
#include "core/domain/indicatorids.h"
#include "core/reports/reporttitles.h"
#include "core/services/permissions.h"
#include "core/services/reportservice.h"
#include "core/services/targetservice.h"
#include "core/storage/database.h"
#include "ui/charts/reportchartspanel.h"
#include "ui/charts/trendpanel.h"
#include "ui/models/breakdowntablemodel.h"
#include "ui/models/reporttablemodel.h"
#include "ui/print/effectreportprint.h"
#include "ui/print/reportpreview.h"
#include "ui/reports/reportworker.h"
#include "ui/widgets/pageheader.h"
#include "ui/widgets/periodselector.h"
#include "ui/widgets/textfit.h"

namespace mestring::ui {

namespace {

// A table of the page: rows selected whole, read only, Enter opens the list behind a number.
void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(24);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

ReportsPage::ReportsPage(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_header(new PageHeader(tr("Reports"), this))
    , m_period(new PeriodSelector(this))
    , m_dimensionsButton(new QToolButton(this))
    , m_compare(new QComboBox(this))
    , m_compute(new QPushButton(tr("&Update"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("&Save as PDF…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_model(new ReportTableModel(this))
    , m_table(new QTableView(this))
    , m_breakdownTabs(new QTabWidget(this))
    , m_noBreakdown(new QLabel(this))
    , m_charts(new ReportChartsPanel(this))
    , m_trend(new TrendPanel(m_actor, this))
    , m_targetsButton(new QPushButton(tr("&Targets…"), this))
    , m_worker(new ReportWorker(this))
    , m_recompute(new QTimer(this))
    , m_slow(new QTimer(this))
{
    m_period->setToday(m_services.clock.today());
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {245, 160, 80, 80, 100, 125, 100, 150, 75};
    for (int c = 0; c < ReportTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    // The comparison column's title names the period compared with ("Sidste år", ...).
    fitColumnsToTitles(m_table);
    const auto fitTitles = [this] { fitColumnsToTitles(m_table); };
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, fitTitles);
    connect(m_model, &QAbstractItemModel::modelReset, this, fitTitles);
    m_table->setAccessibleName(tr("Indicators"));
    m_table->setToolTip(
        tr("Enter or a double-click lists the courses or clients behind a number."));

    m_noBreakdown->setText(tr("Choose one or more breakdowns under \"Break down by\" to see each "
                              "group's numbers side by side."));
    m_noBreakdown->setWordWrap(true);
    m_noBreakdown->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noBreakdown->setMargin(12);
    auto *breakdowns = new QWidget(this);
    auto *breakdownsLayout = new QVBoxLayout(breakdowns);
    breakdownsLayout->setContentsMargins(0, 0, 0, 0);
    breakdownsLayout->addWidget(m_noBreakdown);
    breakdownsLayout->addWidget(m_breakdownTabs, 1);
    m_breakdownTabs->setObjectName(QStringLiteral("breakdownTabs"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_charts);
    m_tabs->addTab(m_table, tr("&Indicators"));
    m_tabs->addTab(breakdowns, tr("&Breakdowns"));
    m_tabs->addTab(scroll, tr("C&harts"));
    m_tabs->addTab(m_trend, tr("&Trend by quarter"));
    // Queued: the list opens after the key press that asked for it has been handled, so the
    // same Enter cannot also choose the list's first row.
    connect(
        m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { showMembers(index.row()); }, Qt::QueuedConnection);
    m_targetsButton->setVisible(core::mayDo(m_actor, core::Permission::EditTargets));
    connect(m_targetsButton, &QPushButton::clicked, this, &ReportsPage::editTargets);
    connect(&m_services.targets, &core::TargetService::targetsChanged, this,
        &ReportsPage::refreshTargets);

    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(createToolbar());
    layout->addWidget(createOptionsBar());
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    m_recompute->setSingleShot(true);
    m_recompute->setInterval(400);
    connect(m_recompute, &QTimer::timeout, this, &ReportsPage::compute);
    m_slow->setSingleShot(true);
    m_slow->setInterval(300);
    connect(m_slow, &QTimer::timeout, this, [this] {
        m_progress->setVisible(m_running);
        m_cancel->setVisible(m_running);
    });
    connect(m_compute, &QPushButton::clicked, this, &ReportsPage::compute);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::savePdf);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportReport);
    connect(m_worker, &ReportWorker::progressed, m_progress, &QProgressBar::setValue);
    connect(m_worker, &ReportWorker::finished, this, &ReportsPage::onFinished);
    connect(m_worker, &ReportWorker::failed, this, &ReportsPage::onFailed);
    connect(m_worker, &ReportWorker::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("The computation was cancelled. The numbers shown are still those "
                             "of %1; press Update to compute the period chosen.")
                              .arg(m_bundlePeriod.isEmpty() ? tr("no period") : m_bundlePeriod));
        Q_EMIT computationEnded();
    });
    connect(m_period, &PeriodSelector::periodChanged, this, [this] {
        const bool valid = m_period->from().isValid() && m_period->to().isValid()
            && m_period->from() <= m_period->to();
        m_compute->setEnabled(valid);
        if (valid && m_computedOnce) m_recompute->start();
    });
    setRunning(false);
    m_status->setText(tr("Choose a period; the report is computed by itself."));
}

ReportsPage::~ReportsPage() = default;

QWidget *ReportsPage::createToolbar()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_period);
    layout->addWidget(m_compute);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Progress"));
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addStretch(1);
    return row;
}

QWidget *ReportsPage::createOptionsBar()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 4);
    m_dimensionsButton->setObjectName(QStringLiteral("dimensionsButton"));
    m_dimensionsButton->setPopupMode(QToolButton::InstantPopup);
    m_dimensionsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_dimensionsButton);
    for (core::ReportDimension dimension : core::enumValues<core::ReportDimension>()) {
        QAction *action = menu->addAction(core::dimensionTitle(dimension));
        action->setCheckable(true);
        action->setData(int(dimension));
        connect(action, &QAction::toggled, this, [this] {
            showBreakdowns();
            if (m_computedOnce) compute();
        });
    }
    m_dimensionsButton->setMenu(menu);
    auto *compareLabel = new QLabel(tr("Co&mpare with:"), row);
    compareLabel->setBuddy(m_compare);
    m_compare->setObjectName(QStringLiteral("compareBox"));
    m_compare->addItem(tr("Nothing"));
    for (core::CompareMode mode : core::enumValues<core::CompareMode>())
        m_compare->addItem(core::compareTitle(mode), int(mode));
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (m_computedOnce) compute();
    });
    layout->addWidget(m_dimensionsButton);
    layout->addSpacing(12);
    layout->addWidget(compareLabel);
    layout->addWidget(m_compare);
    layout->addStretch(1);
    layout->addWidget(m_targetsButton);
    layout->addWidget(m_export);
    layout->addWidget(m_print);
    layout->addWidget(m_pdf);
    showBreakdowns();
    return row;
}

std::vector<core::ReportDimension> ReportsPage::dimensions() const
{
    std::vector<core::ReportDimension> chosen;
    for (const QAction *action : m_dimensionsButton->menu()->actions()) {
        if (action->isChecked()) chosen.push_back(core::ReportDimension(action->data().toInt()));
    }
    return chosen;
}

void ReportsPage::setDimensions(const std::vector<core::ReportDimension> &dimensions)
{
    const bool computedOnce = m_computedOnce;
    m_computedOnce = false; // one computation for the whole change, below
    for (QAction *action : m_dimensionsButton->menu()->actions()) {
        const auto dimension = core::ReportDimension(action->data().toInt());
        action->setChecked(
            std::find(dimensions.begin(), dimensions.end(), dimension) != dimensions.end());
    }
    m_computedOnce = computedOnce;
    if (m_computedOnce) compute();
}

std::optional<core::CompareMode> ReportsPage::compareMode() const
{
    const QVariant mode = m_compare->currentData();
    if (!mode.isValid()) return std::nullopt;
    return core::CompareMode(mode.toInt());
}

void ReportsPage::setCompare(std::optional<core::CompareMode> mode)
{
    m_compare->setCurrentIndex(mode ? m_compare->findData(int(*mode)) : 0);
}

// The button names what is chosen, so the choice is visible without opening the menu.
void ReportsPage::showBreakdowns()
{
    QStringList names;
    for (core::ReportDimension dimension : dimensions())
        names << core::dimensionTitle(dimension);
    m_dimensionsButton->setText(names.isEmpty()
            ? tr("&Break down by: nothing")
            : tr("&Break down by: %1").arg(names.join(QStringLiteral(", "))));
}

void ReportsPage::setProgressDelay(int milliseconds)
{
    m_slow->setInterval(milliseconds);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_computedOnce) compute();
}

void ReportsPage::setRunning(bool running)
{
    m_running = running;
    if (running) {
        m_slow->start();
    } else {
        m_slow->stop();
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
    }
    m_cancel->setEnabled(running);
    // Printing or exporting while a new period is under way would mix two periods.
    for (QPushButton *button : {m_print, m_pdf, m_export})
        button->setEnabled(!running && m_bundle.has_value());
}

void ReportsPage::compute()
{
    m_computedOnce = true;
    m_recompute->stop();
    const core::DatabaseLocation &database = m_services.reports.database().location();
    if (!database.isValid()) {
        onFailed(tr("The report can only be computed from a database file."));
        return;
    }
    m_progress->setValue(0);
    setRunning(true);
    m_requestedPeriod = m_period->description();
    m_status->setText(tr("Computing the report for %1 …").arg(m_requestedPeriod));
    m_worker->start(database, m_actor, {m_period->from(), m_period->to(), dimensions(), compareMode()});
}

void ReportsPage::cancel()
{
    m_cancel->setEnabled(false);
    m_worker->cancel();
}

void ReportsPage::onFinished(const ReportBundle &bundle)
{
    m_bundle = bundle;
    m_bundlePeriod = m_requestedPeriod;
    setRunning(false);
    const core::ReportDocument &document = bundle.document;
    m_model->setDocument(document);
    m_table->setColumnHidden(ReportTableModel::ComparedColumn, !document.compared);
    m_table->setColumnHidden(ReportTableModel::ChangeColumn, !document.compared);
    m_charts->setBundle(bundle);
    m_trend->setReport(m_services.reports.database().location(), bundle.report());
    const QString dates = core::periodTitle(bundle.report().from, bundle.report().to);
    // A period of one's own is described by its dates already.
    QString subtitle
        = m_bundlePeriod == dates ? dates : tr("%1 (%2)").arg(m_bundlePeriod, dates);
    if (document.compared && document.compareMode) {
        subtitle += tr(", compared with %1 (%2)")
                        .arg(core::compareTitle(*document.compareMode).toLower(),
                            core::periodTitle(document.compared->from, document.compared->to));
    }
    m_header->setSubtitle(subtitle);
    m_status->setText(tr("Targets are those of %1. Green: target met; red: not met. * Few cases "
                         "(a denominator under 10); – nothing to measure, not 0 %.")
                          .arg(bundle.report().to.year()));
    // One table per breakdown, a column per group.
    while (m_breakdownTabs->count() > 0) {
        QWidget *page = m_breakdownTabs->widget(0);
        m_breakdownTabs->removeTab(0);
        page->deleteLater();
    }
    for (std::size_t i = 0; i < document.breakdowns.size(); ++i) {
        auto *table = new QTableView(m_breakdownTabs);
        auto *model = new BreakdownTableModel(table);
        model->setBreakdown(document, document.breakdowns[i]);
        table->setModel(model);
        setUpTable(table);
        table->setSelectionBehavior(QAbstractItemView::SelectItems);
        table->setObjectName(QStringLiteral("breakdownTable%1").arg(i));
        table->horizontalHeader()->setDefaultSectionSize(105);
        table->setColumnWidth(BreakdownTableModel::IndicatorColumn, 250);
        table->setColumnWidth(BreakdownTableModel::BreakdownColumn, 160);
        table->setToolTip(tr("Enter or a double-click lists the courses or clients behind a "
                             "group's number."));
        const int index = int(i);
        connect(
            table, &QTableView::activated, this,
            [this, index](const QModelIndex &cell) {
                openMembers(createGroupMemberDialog(index, cell.row(), cell.column()));
            },
            Qt::QueuedConnection);
        m_breakdownTabs->addTab(table, core::dimensionTitle(document.breakdowns[i].dimension));
        // Made after the page: Tab from the breakdowns' tab bar goes into the table.
        QWidget::setTabOrder(m_breakdownTabs->tabBar(), table);
    }
    m_noBreakdown->setVisible(document.breakdowns.empty());
    m_breakdownTabs->setVisible(!document.breakdowns.empty());
    Q_EMIT computationEnded();
}

void ReportsPage::onFailed(const QString &message)
{
    setRunning(false);
    m_status->setText(message);
    Q_EMIT computationEnded();
}

QTableView *ReportsPage::breakdownTable(int index) const
{
    return qobject_cast<QTableView *>(m_breakdownTabs->widget(index));
}

} // namespace mestring::ui
