#pragma once

#include <QDate>
#include <QWidget>

#include "core/services/caseloadservice.h"
#include "core/reports/followupreport.h"
#include "core/services/actor.h"
#include "core/services/registryservice.h"
#include "ui/services.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mestring::ui {

class CaseloadTableModel;
class OverviewWorker;
struct OverviewFigures;
class PageHeader;
class WorklistPanel;

/// Overblik: the logged-in therapist's caseload with what needs doing today (the flags of
/// docs/decisions.md "Caseload overview"), computed by the caseload service in SQL.
/// Coordinators and managers see every therapist's caseload with a filter by therapist; every
/// role can filter by flag. A row opens the client's record where the flag is resolved.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Reads the caseload again (also done each time the page is shown): the page says it is
    /// computing, a worker computes off the GUI thread, and the rows fill in when it is done
    /// (overviewShown()). A result asked for before a later refresh is never shown.
    void refresh();
    /// True while the rows asked for last are still being computed.
    bool isComputing() const;
    /// The day the flags are computed for (tests and screenshots set a fixed day).
    void setToday(const QDate &today);

    CaseloadTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *flagFilter() const { return m_flagFilter; }
    QComboBox *therapistFilter() const { return m_therapistFilter; }
    /// Opens the row at `proxyRow` of the table (as Enter or a double click does).
    void openRow(int proxyRow);
    QPushButton *printFollowupButton() const { return m_printFollowup; }
    /// The doctor's worklist (doctors and nurses); null for other roles.
    WorklistPanel *worklist() const { return m_worklist; }
    /// The registry notice (intake staff, coordinators, managers); hidden when nothing is due.
    QLabel *registryNotice() const { return m_registryNotice; }
    /// Whose Opfølgning pr. behandler the print button prints: the therapist chosen in the
    /// filter (coordinators, managers; empty while "every therapist" is chosen), else one's own.
    QString followupTherapistId() const;
    /// Assembles Opfølgning pr. behandler for followupTherapistId(); a failure is shown in a
    /// message box and gives nullopt.
    std::optional<core::FollowupReport> followupReport();
    /// The print preview of followupReport(), with "Gem som PDF".
    void printFollowup();

Q_SIGNALS:
    void findClientRequested();
    /// Open the client's Medicin tab (the doctor's worklist).
    void openMedicationRequested(const QString &clientId);
    /// Open the client's record on the tab where `flag` is resolved (nullopt: the summary).
    void openClientRequested(const QString &clientId, const QString &courseId,
        std::optional<core::CaseloadFlagKind> flag);
    /// Open the registry worklist (Visitation, Indberetning).
    void registryWorklistRequested();
    /// The rows asked for last are shown (or why there are none).
    void overviewShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createRegistryRow();
    void showRegistryNotice(const std::optional<core::RegistrySummary> &summary);

private:
    QWidget *createFilterRow();
    void fillTherapists();
    void fillFlagFilter(const core::CaseloadOverview &overview);
    bool isCentreView() const;
    void showOverview(const core::Actor &actor, OverviewFigures figures);
    void showFailure(const QString &message);
    void fitRowHeights();
    void updatePrintButton();

    Services m_services;
    core::Actor m_actor;
    QDate m_today;
    PageHeader *m_header;
    QComboBox *m_therapistFilter;
    QComboBox *m_flagFilter;
    QLabel *m_summary;
    CaseloadTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_printFollowup;
    WorklistPanel *m_worklist = nullptr;
    QWidget *m_registryRow;
    QLabel *m_registryNotice;
    OverviewWorker *m_worker;
};

} // namespace mestring::ui
