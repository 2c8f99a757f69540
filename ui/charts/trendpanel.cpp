#include "trendpanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/reports/reportrows.h"
#include "trendchart.h"
#include "ui/reports/reportworker.h"
#include "ui/reporttitles.h"

namespace mestring::ui {

namespace {

// The combo's data: indicator id and breakdown key.
QStringList keyOf(const core::ReportRow &row)
{
    return {row.indicator, row.breakdown};
}

} // namespace

TrendPanel::TrendPanel(core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_actor(std::move(actor))
    , m_combo(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_view(new QChartView(this))
    , m_worker(new ReportWorker(this))
{
    m_combo->setObjectName(QStringLiteral("trendIndicator"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMaxVisibleItems(20);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Progress"));
    m_status->setWordWrap(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(600, 320);
    m_view->setAccessibleName(tr("Quarterly trend"));
    m_view->setChart(new QChart);

    auto *label = new QLabel(tr("&Rate:"), this);
    label->setBuddy(m_combo);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_combo);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_combo, &QComboBox::activated, this, [this] { compute(); });
    connect(m_cancel, &QPushButton::clicked, this, &TrendPanel::cancel);
    connect(m_worker, &ReportWorker::progressed, m_progress, &QProgressBar::setValue);
    connect(m_worker, &ReportWorker::trendFinished, this, &TrendPanel::onFinished);
    connect(m_worker, &ReportWorker::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(message);
        Q_EMIT computationEnded();
    });
    connect(m_worker, &ReportWorker::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("The trend was cancelled. Choose a rate to compute it again."));
        Q_EMIT computationEnded();
    });
    setRunning(false);
}

TrendPanel::~TrendPanel() = default;

void TrendPanel::setReport(const core::DatabaseLocation &database, const core::EffectReport &report)
{
    m_database = database;
    m_to = report.to;
    const QStringList current = m_combo->currentData().toStringList();
    m_combo->clear();
    int withTarget = -1;
    for (const core::ReportRow &row : core::reportRows(report)) {
        if (!row.denominator) continue; // rates only
        QString text = indicatorTitle(row.indicator);
        if (!row.breakdown.isEmpty()) text += QStringLiteral(" – ") + breakdownTitle(row.breakdown);
        m_combo->addItem(text, keyOf(row));
        if (withTarget < 0 && row.target) withTarget = m_combo->count() - 1;
    }
    const int kept = m_combo->findData(current);
    m_combo->setCurrentIndex(kept >= 0 ? kept : std::max(withTarget, 0));
    m_quarters.clear();
    compute();
}

void TrendPanel::compute()
{
    const QStringList key = m_combo->currentData().toStringList();
    if (key.size() != 2 || !m_database.isValid() || !m_to.isValid()) return;
    if (key.front() == m_quartersIndicator && !m_quarters.empty() && !m_worker->isRunning()
        && m_quarters.back().to == m_to) {
        showChart(); // another breakdown of the indicator computed already
        return;
    }
    m_progress->setValue(0);
    setRunning(true);
    m_status->setText(tr("Computing the last 12 quarters …"));
    m_worker->startTrend(m_database, m_actor, key.front(), m_to);
}

void TrendPanel::refresh()
{
    m_quarters.clear();
    compute();
}

void TrendPanel::cancel()
{
    m_cancel->setEnabled(false);
    m_worker->cancel();
}

void TrendPanel::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
}

void TrendPanel::onFinished(const std::vector<core::EffectReport> &quarters)
{
    setRunning(false);
    m_quarters = quarters;
    m_quartersIndicator = m_combo->currentData().toStringList().value(0);
    showChart();
    Q_EMIT computationEnded();
}

void TrendPanel::showChart()
{
    const QStringList key = m_combo->currentData().toStringList();
    if (key.size() != 2 || m_quarters.empty()) return;
    const auto points = trendPoints(m_quarters, key.front(), key.back());
    QChart *old = m_view->chart();
    m_view->setChart(createTrendChart(points, m_combo->currentText()));
    delete old; // setChart hands the old chart back to the caller
    m_status->setText(
        tr("%1 to %2, per quarter. The dashed line is the target of each year; a "
           "quarter without courses has no point.")
            .arg(quarterTitle(m_quarters.front().from), quarterTitle(m_quarters.back().from)));
}

} // namespace mestring::ui
