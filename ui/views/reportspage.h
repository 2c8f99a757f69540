#pragma once

#include <optional>

#include <QWidget>

#include "core/services/actor.h"
#include "ui/reports/reportbundle.h"
#include "ui/services.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace mestring::ui {

class BreakdownTableModel;
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
/// for a chosen period, as a table (with a comparison period beside it), one table per chosen
/// breakdown (a column per group) and charts. It recomputes by itself when the period, the
/// breakdowns or the comparison change, off the GUI thread (ReportWorker), showing progress and
/// a cancel button when that takes a moment. Header, tables, charts, print and export always
/// show the same, last computed, period. Printed as the Effektmål report (preview, print,
/// "Gem som PDF"), exported as an Excel workbook or CSV. Coordinators and managers only.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Services services, core::Actor actor, QWidget *parent = nullptr);
    ~ReportsPage() override;

    /// Starts computing the chosen period, breakdowns and comparison (a computation under way
    /// is cancelled first).
    void compute();
    void cancel();
    /// The breakdowns and the comparison asked for (each change recomputes).
    void setDimensions(const std::vector<core::ReportDimension> &dimensions);
    std::vector<core::ReportDimension> dimensions() const;
    void setCompare(std::optional<core::CompareMode> mode);
    std::optional<core::CompareMode> compareMode() const;

    /// Opens the print preview of the Effektmål report.
    void printPreview();
    /// Writes the Effektmål report to `path` as PDF; false with a message shown on failure.
    bool savePdfTo(const QString &path);
    /// Writes the report as an Excel workbook (or CSV for a .csv name); the message for the
    /// user when it failed, empty otherwise.
    QString exportTo(const QString &path) const;

    /// The dialog listing the courses or clients behind row `row` of the indicator table;
    /// nullptr (with the reason in status()) when the user may not see clients. Listing writes
    /// the access log. The caller owns the dialog.
    MemberListDialog *createMemberDialog(int row);
    /// The list behind a cell of breakdown table `table` (tab order): the group's members for a
    /// group's column, the centre's for the centre's.
    MemberListDialog *createGroupMemberDialog(int table, int row, int column);
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
    QToolButton *dimensionsButton() const { return m_dimensionsButton; }
    QComboBox *compareBox() const { return m_compare; }
    ReportTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The breakdown tables, one per chosen dimension, in the order chosen.
    QTabWidget *breakdownTabs() const { return m_breakdownTabs; }
    QTableView *breakdownTable(int index) const;
    ReportChartsPanel *charts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *status() const { return m_status; }
    ReportWorker *worker() const { return m_worker; }
    /// The last report computed, if any.
    const std::optional<ReportBundle> &bundle() const { return m_bundle; }
    /// Milliseconds a computation may take before progress and cancel are shown (tests).
    void setProgressDelay(int milliseconds);

Q_SIGNALS:
    /// A computation ended (finished, cancelled or failed).
    void computationEnded();
    /// The user asked to open a client's record from a list behind a number.
    void openClientRequested(const QString &clientId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createOptionsBar();
    void setRunning(bool running);
    void onFinished(const ReportBundle &bundle);
    void onFailed(const QString &message);
    void showBreakdowns();
    void savePdf();
    void exportReport();
    void refreshTargets();
    void openMembers(MemberListDialog *dialog);
    MemberListDialog *memberDialog(const QString &indicator, const QString &breakdown,
        const std::optional<core::GroupFilter> &group, const QString &groupText);
    ReportPrintInfo printInfo() const;
    QString suggestedPdfName() const;
    PrintUse printUse() const;

    Services m_services;
    core::Actor m_actor;
    PageHeader *m_header;
    PeriodSelector *m_period;
    QToolButton *m_dimensionsButton;
    QComboBox *m_compare;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTabWidget *m_tabs;
    ReportTableModel *m_model;
    QTableView *m_table;
    QTabWidget *m_breakdownTabs;
    QLabel *m_noBreakdown;
    ReportChartsPanel *m_charts;
    TrendPanel *m_trend;
    QPushButton *m_targetsButton;
    ReportWorker *m_worker;
    QTimer *m_recompute; // waits for the period to settle while it is being typed
    QTimer *m_slow; // shows progress and cancel when a computation takes a moment
    std::optional<ReportBundle> m_bundle;
    QString m_bundlePeriod;
    QString m_requestedPeriod;
    bool m_computedOnce = false;
    bool m_running = false;
};

} // namespace mestring::ui
