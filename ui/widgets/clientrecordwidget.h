#pragma once

#include <optional>
#include <vector>

#include <QHash>
#include <QWidget>

#include "core/domain/client.h"
#include "core/domain/caseload.h"
#include "core/domain/course.h"
#include "core/services/actor.h"
#include "ui/services.h"

class QLabel;
class QTabWidget;
class QToolButton;

namespace mestring::ui {

class ClientOverviewTab;
class CoursesTab;
class MedicationTab;
class RecordTab;

/// One client's record: a header naming the client and a tab per part of the record.
/// It starts with an overview (master data and courses); plan, journal, appointments and
/// medication are added as tabs by the issues that bring them.
class ClientRecordWidget : public QWidget
{
    Q_OBJECT

public:
    ClientRecordWidget(Services services, core::Actor actor, QWidget *parent = nullptr);

    void setRecord(const core::Client &client, std::optional<std::vector<core::Course>> courses,
        const QHash<QString, QString> &staffNames, const QDate &today);
    QString clientId() const { return m_client.id; }
    QTabWidget *tabs() const { return m_tabs; }
    CoursesTab *coursesTab() const { return m_courses; }
    /// Shows the tab where a caseload flag is resolved (the guarantee on Forløb, assessments
    /// on Målinger, goals on Plan og mål, ...), with `courseId` chosen where the tab has a
    /// course; nullopt shows the summary.
    void showPlaceFor(std::optional<core::CaseloadFlagKind> flag, const QString &courseId);
    /// Shows the tab named `objectName` ("appointmentsTab"); false when the record has none.
    bool showTab(const QString &objectName);

Q_SIGNALS:
    /// The user asked to go back to the client list (button or Esc).
    void closeRequested();
    /// The user asked to change the client's master data (button or Ctrl+E).
    void editMasterDataRequested();
    /// Something in the record was saved; the page reloads it (the open tab stays).
    void recordChanged();
    /// The user asked to print Borgerstatus for the shown client.
    void printStatusRequested();
    /// Borgerens plan: the plan on paper for the client.
    void printPlanRequested();

private:
    core::Client m_client;
    QToolButton *m_back;
    QToolButton *m_edit;
    QToolButton *m_printStatus;
    QToolButton *m_printPlan;
    QLabel *m_name;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    ClientOverviewTab *m_overview;
    CoursesTab *m_courses;
    MedicationTab *m_medication = nullptr;
    std::vector<RecordTab *> m_workTabs; // plan, assessments, journal, absences
};

} // namespace mestring::ui
