#include "reportspage.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/clock.h"
#include "core/domain/indicatorids.h"
#include "core/services/permissions.h"
#include "core/services/reportservice.h"
#include "core/services/serviceerrors.h"
#include "core/services/targetservice.h"
#include "core/storage/storageerror.h"
#include "ui/charts/trendpanel.h"
#include "ui/dialogs/memberlistdialog.h"
#include "ui/dialogs/targetdialog.h"
#include "ui/reporttitles.h"
#include "core/storage/database.h"
#include "ui/charts/reportchartspanel.h"
#include "ui/formatting.h"
#include "ui/models/reporttablemodel.h"
#include "ui/print/effectreportprint.h"
#include "ui/print/reportpreview.h"
#include "ui/reports/reportworker.h"
#include "ui/widgets/pageheader.h"
#include "ui/widgets/periodselector.h"

namespace mestring::ui {

ReportsPage::ReportsPage(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_header(new PageHeader(tr("Reports"), this))
    , m_period(new PeriodSelector(this))
    , m_compute(new QPushButton(tr("&Compute"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("&Save as PDF…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_model(new ReportTableModel(this))
    , m_table(new QTableView(this))
    , m_charts(new ReportChartsPanel(this))
    , m_trend(new TrendPanel(m_actor, this))
    , m_targetsButton(new QPushButton(tr("&Targets…"), this))
    , m_worker(new ReportWorker(this))
{
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ReportTableModel::IndicatorColumn, 330);
    m_table->setColumnWidth(ReportTableModel::BreakdownColumn, 240);
    m_table->setColumnWidth(ReportTableModel::ValueColumn, 90);
    m_table->setColumnWidth(ReportTableModel::BasisColumn, 110);
    m_table->setColumnWidth(ReportTableModel::TargetColumn, 80);
    m_table->setAccessibleName(tr("Indicators"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_charts);
    m_tabs->addTab(m_table, tr("&Indicators"));
    m_tabs->addTab(scroll, tr("C&harts"));
    m_tabs->addTab(m_trend, tr("&Trend by quarter"));
    m_table->setToolTip(
        tr("Enter or a double-click lists the courses or clients behind a number."));
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { showMembers(index.row()); });
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
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_compute, &QPushButton::clicked, this, &ReportsPage::compute);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::savePdf);
    connect(m_worker, &ReportWorker::progressed, m_progress, &QProgressBar::setValue);
    connect(m_worker, &ReportWorker::finished, this, &ReportsPage::onFinished);
    connect(m_worker, &ReportWorker::failed, this, &ReportsPage::onFailed);
    connect(m_worker, &ReportWorker::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("The computation was cancelled. Choose a period and press Compute."));
        Q_EMIT computationEnded();
    });
    connect(m_period, &PeriodSelector::periodChanged, this, [this] {
        const bool valid = m_period->from().isValid() && m_period->to().isValid()
            && m_period->from() <= m_period->to();
        m_compute->setEnabled(valid);
    });
    setRunning(false);
    m_status->setText(tr("Choose a period and press Compute."));
}

ReportsPage::~ReportsPage() = default;

QWidget *ReportsPage::createToolbar()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_period);
    layout->addWidget(m_compute);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Progress"));
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addStretch(1);
    // Targets, print and PDF belong to the report shown: they sit beside its tabs, so the period
    // row keeps room for a quarter or a month at 1366 pixels (it pushed the window wider).
    auto *actions = new QWidget(this);
    auto *actionLayout = new QHBoxLayout(actions);
    actionLayout->setContentsMargins(0, 0, 0, 2);
    actionLayout->addWidget(m_targetsButton);
    actionLayout->addWidget(m_print);
    actionLayout->addWidget(m_pdf);
    m_tabs->setCornerWidget(actions, Qt::TopRightCorner);
    return row;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_computedOnce) compute();
}

void ReportsPage::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_print->setEnabled(!running && m_bundle.has_value());
    m_pdf->setEnabled(!running && m_bundle.has_value());
}

void ReportsPage::compute()
{
    m_computedOnce = true;
    const core::DatabaseLocation &database = m_services.reports.database().location();
    if (!database.isValid()) {
        onFailed(tr("The report can only be computed from a database file."));
        return;
    }
    m_progress->setValue(0);
    setRunning(true);
    m_status->setText(tr("Computing the report for %1 …").arg(m_period->description()));
    m_worker->start(database, m_actor, m_period->from(), m_period->to());
}

void ReportsPage::cancel()
{
    m_cancel->setEnabled(false);
    m_worker->cancel();
}

void ReportsPage::onFinished(const ReportBundle &bundle)
{
    m_bundle = bundle;
    m_bundlePeriod = m_period->description();
    setRunning(false);
    m_model->setReport(bundle.report);
    m_charts->setBundle(bundle);
    m_trend->setReport(m_services.reports.database().location(), bundle.report);
    m_header->setSubtitle(
        tr("%1 (%2)").arg(m_bundlePeriod, periodText(bundle.report.from, bundle.report.to)));
    m_status->setText(tr("Targets are those of %1. Green: target met; red: not met.")
                          .arg(bundle.report.to.year()));
    Q_EMIT computationEnded();
}

void ReportsPage::onFailed(const QString &message)
{
    setRunning(false);
    m_status->setText(message);
    Q_EMIT computationEnded();
}

MemberListDialog *ReportsPage::createMemberDialog(int row)
{
    if (!m_bundle || row < 0 || row >= m_model->rowCount()) return nullptr;
    const core::ReportRow &r = m_model->rowAt(row);
    if (!core::hasMembers(r.indicator) || (!r.value && !r.denominator)) {
        m_status->setText(
            tr("No list of courses or clients lies behind %1.").arg(indicatorTitle(r.indicator)));
        return nullptr;
    }
    if (!core::mayDo(m_actor, core::Permission::ReadClinical)) {
        m_status->setText(tr("Only staff who may read clients' records see the clients behind a "
                             "number."));
        return nullptr;
    }
    const QDate from = m_bundle->report.from;
    const QDate to = m_bundle->report.to;
    std::vector<core::MemberRow> rows;
    try {
        rows = m_services.reports.memberRows(m_actor, from, to, r.indicator, r.breakdown);
    } catch (const core::ServiceError &e) {
        m_status->setText(e.message());
        return nullptr;
    } catch (const core::StorageError &e) {
        m_status->setText(e.message());
        return nullptr;
    }
    // Appointments, attendances and goals: a course can add more than one.
    const bool weighted = r.indicator == u"no_show_rate" || r.indicator == u"group_attendance_rate"
        || r.indicator == u"goal_mastery_rate" || r.indicator == u"fit_low_alliance_share";
    QString title = indicatorTitle(r.indicator);
    if (!r.breakdown.isEmpty()) title += QStringLiteral(" – ") + breakdownTitle(r.breakdown);
    return new MemberListDialog(title, periodText(from, to), core::memberUnit(r.indicator),
        std::move(rows), r.denominator.has_value(), weighted, this);
}

void ReportsPage::showMembers(int row)
{
    std::unique_ptr<MemberListDialog> dialog(createMemberDialog(row));
    if (!dialog) return;
    if (dialog->exec() == QDialog::Accepted && !dialog->chosenClientId().isEmpty())
        Q_EMIT openClientRequested(dialog->chosenClientId());
}

TargetDialog *ReportsPage::createTargetDialog()
{
    if (!core::mayDo(m_actor, core::Permission::EditTargets)) return nullptr;
    QString indicator;
    QString breakdown;
    if (const QModelIndex current = m_table->currentIndex(); current.isValid()) {
        const core::ReportRow &r = m_model->rowAt(current.row());
        indicator = r.indicator;
        // Rows below antabus_episodes ("buckets.1-30") have no target of their own.
        const core::IndicatorInfo *info = core::findIndicator(r.indicator);
        if (info && core::isBreakdownKey(info->breakdown, r.breakdown)) breakdown = r.breakdown;
    }
    const int year = m_bundle ? m_bundle->report.to.year() : m_services.clock.today().year();
    return new TargetDialog(m_services.targets, m_actor, indicator, breakdown, year, this);
}

void ReportsPage::editTargets()
{
    std::unique_ptr<TargetDialog> dialog(createTargetDialog());
    if (dialog) dialog->exec();
}

void ReportsPage::refreshTargets()
{
    if (!m_bundle) return;
    try {
        const int year = m_bundle->report.to.year();
        m_bundle->report.targets = m_services.targets.forYear(m_actor, year);
        for (core::EffectReport &month : m_bundle->months)
            month.targets = m_bundle->report.targets;
    } catch (const core::ServiceError &e) {
        m_status->setText(e.message());
        return;
    }
    const int current = m_table->currentIndex().row();
    m_model->setReport(m_bundle->report);
    if (current >= 0) m_table->selectRow(current);
    m_charts->setBundle(*m_bundle);
    m_trend->refresh(); // its quarters hold the targets of their years
}

ReportPrintInfo ReportsPage::printInfo() const
{
    ReportPrintInfo info;
    info.period = periodText(m_bundle->report.from, m_bundle->report.to);
    info.printedOn = m_services.clock.today();
    return info;
}

QString ReportsPage::suggestedPdfName() const
{
    return tr("Effect goals %1 to %2.pdf")
        .arg(
            m_bundle->report.from.toString(Qt::ISODate), m_bundle->report.to.toString(Qt::ISODate));
}

PrintUse ReportsPage::printUse() const
{
    // The figures hold no client's data; the log still says who printed them.
    return {m_services.accessLog, m_actor, core::AccessDocument::EffectReport, {}};
}

void ReportsPage::printPreview()
{
    if (!m_bundle) return;
    const ReportPrintInfo info = printInfo();
    previewReport(
        this, tr("Effect goals"), suggestedPdfName(),
        [&](QPagedPaintDevice &device) { paintEffectReport(device, *m_bundle, info); },
        [&] { return effectReportPdf(*m_bundle, info); }, printUse());
}

void ReportsPage::savePdf()
{
    if (!m_bundle) return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), suggestedPdfName(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) savePdfTo(path);
}

bool ReportsPage::savePdfTo(const QString &path)
{
    if (!m_bundle) return false;
    if (const QString refused = printUse().recordPdf(); !refused.isEmpty()) {
        m_status->setText(refused);
        return false;
    }
    return saveReportPdf(this, path, effectReportPdf(*m_bundle, printInfo()));
}

} // namespace mestring::ui
