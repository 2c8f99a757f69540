#pragma once

#include <vector>

#include <QWidget>

#include "core/reports/effectreport.h"
#include "core/services/actor.h"
#include "core/storage/databaselocation.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace mestring::ui {

class ReportWorker;

/// The quarterly trend of one rate of the report over the 12 quarters up to the period's end,
/// with its target per year. The user picks the rate (default: the first with a target); it is
/// computed off the GUI thread by a ReportWorker of its own, with progress and cancel.
class TrendPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrendPanel(core::Actor actor, QWidget *parent = nullptr);
    ~TrendPanel() override;

    /// Offers the rates of `report` and computes the chosen one up to `report.to` from the
    /// database at `database`.
    void setReport(const core::DatabaseLocation &database, const core::EffectReport &report);
    /// Computes the chosen rate (a breakdown of the indicator last computed is only drawn).
    void compute();
    /// Computes the chosen rate again (after targets changed).
    void refresh();
    void cancel();

    QComboBox *indicatorCombo() const { return m_combo; }
    QChartView *chartView() const { return m_view; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *status() const { return m_status; }
    ReportWorker *worker() const { return m_worker; }
    /// The quarters last computed, oldest first.
    const std::vector<core::EffectReport> &quarters() const { return m_quarters; }

Q_SIGNALS:
    /// A computation ended (finished, cancelled or failed).
    void computationEnded();

private:
    void setRunning(bool running);
    void onFinished(const std::vector<core::EffectReport> &quarters);
    void showChart();

    core::Actor m_actor;
    core::DatabaseLocation m_database;
    QDate m_to;
    QComboBox *m_combo;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QChartView *m_view;
    ReportWorker *m_worker;
    std::vector<core::EffectReport> m_quarters;
    QString m_quartersIndicator;
};

} // namespace mestring::ui
