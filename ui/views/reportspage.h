#pragma once

#include <optional>

#include <QWidget>

#include "core/services/actor.h"
#include "ui/reports/reportbundle.h"
#include "ui/services.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace mestring::ui {

class MemberListDialog;
class PageHeader;
class TargetDialog;
class TrendPanel;
class PeriodSelector;
class ReportChartsPanel;
class ReportTableModel;
class ReportWorker;
struct PrintUse;
struct ReportPrintInfo;

/// Rapporter: the effect report (every indicator of domain.md section 3 against its target)
/// for a chosen period, as a table and as charts, computed off the GUI thread by a
/// ReportWorker with progress and cancel; printed as the Effektmål report (preview, print,
/// "Gem som PDF"). Coordinators and managers only (ViewReports).
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Services services, core::Actor actor, QWidget *parent = nullptr);
    ~ReportsPage() override;

    /// Starts computing the chosen period (a computation under way is cancelled first).
    void compute();
    void cancel();
    /// Opens the print preview of the Effektmål report.
    void printPreview();
    /// Writes the Effektmål report to `path` as PDF; false with a message shown on failure.
    bool savePdfTo(const QString &path);

    /// The dialog listing the courses or clients behind row `row` of the indicator table;
    /// nullptr (with the reason in status()) when the row has no list or the user may not see
    /// clients. Listing writes the access log. The caller owns the dialog.
    MemberListDialog *createMemberDialog(int row);
    /// Shows the list behind the table's row `row`; a row activated in it opens that client
    /// (openClientRequested).
    void showMembers(int row);
    /// The dialog setting effect-goal targets, on the table's current indicator and the
    /// report's year; nullptr without EditTargets. The caller owns the dialog.
    TargetDialog *createTargetDialog();
    void editTargets();

    PeriodSelector *periodSelector() const { return m_period; }
    TrendPanel *trend() const { return m_trend; }
    QPushButton *targetsButton() const { return m_targetsButton; }
    ReportTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReportChartsPanel *charts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *status() const { return m_status; }
    ReportWorker *worker() const { return m_worker; }
    /// The last report computed, if any.
    const std::optional<ReportBundle> &bundle() const { return m_bundle; }

Q_SIGNALS:
    /// A computation ended (finished, cancelled or failed).
    void computationEnded();
    /// The user asked to open a client's record from a list behind a number.
    void openClientRequested(const QString &clientId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    void setRunning(bool running);
    void onFinished(const ReportBundle &bundle);
    void onFailed(const QString &message);
    void savePdf();
    void refreshTargets();
    ReportPrintInfo printInfo() const;
    QString suggestedPdfName() const;
    PrintUse printUse() const;

    Services m_services;
    core::Actor m_actor;
    PageHeader *m_header;
    PeriodSelector *m_period;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTabWidget *m_tabs;
    ReportTableModel *m_model;
    QTableView *m_table;
    ReportChartsPanel *m_charts;
    TrendPanel *m_trend;
    QPushButton *m_targetsButton;
    ReportWorker *m_worker;
    std::optional<ReportBundle> m_bundle;
    QString m_bundlePeriod;
    bool m_computedOnce = false;
};

} // namespace mestring::ui
