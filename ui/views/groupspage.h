#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QWidget>

#include "core/services/actor.h"
#include "core/services/groupservice.h"
#include "ui/services.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mestring::ui {

class GroupAttendanceSheet;
class GroupDetailsWidget;
class GroupTableModel;
class PageHeader;
struct PrintUse;

/// Grupper: the centre's group courses with leaders, places and waiting list, and for the
/// chosen group its members, waiting list, sessions and attendance register. Staff with
/// ManageGroups create and change groups, add sessions, enrol and take members off, and fill
/// the register by key (M, U, A); others read. Prints a session's attendance list for
/// signatures.
class GroupsPage : public QWidget
{
    Q_OBJECT

public:
    GroupsPage(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Reads the groups again (also done each time the page is shown), keeping the choice.
    void refresh();
    bool selectGroup(const QString &groupId);
    /// The chosen group's id; empty when none.
    QString selectedGroup() const;

    void createGroup();
    void editGroup();
    void addSession();
    void enrol();
    void leaveSelected();
    void printAttendance();
    void saveAttendancePdf();

    /// Shows what an enrolment gave: a member, or the place on the waiting list.
    void showEnrolled(const QString &name, const core::EnrolResult &result);
    /// Shows who left and who moved up from the waiting list into the freed place.
    void showLeft(const QString &name, const core::LeaveResult &result);
    /// The attendance list of the chosen session (register column or sessions tab).
    std::optional<GroupAttendanceSheet> attendanceSheet() const;
    PrintUse printUse(const GroupAttendanceSheet &sheet) const;

    GroupTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    GroupDetailsWidget *details() const { return m_details; }
    /// The line above the tables where results, refusals and warnings are shown.
    QLabel *message() const { return m_message; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createButtonRow();
    QPushButton *addButton(const QString &text, const QString &objectName, const QString &tip,
        void (GroupsPage::*slot)());
    void loadSelected();
    void showMessage(const QString &text, bool isError);
    QString nameOf(const QString &courseId) const;
    void updateButtons();

    Services m_services;
    core::Actor m_actor;
    QDate m_today;
    QHash<QString, QString> m_staffNames;
    PageHeader *m_header;
    QLabel *m_message;
    GroupTableModel *m_model;
    QTableView *m_table;
    GroupDetailsWidget *m_details;
    std::vector<QPushButton *> m_changeButtons; // need ManageGroups and a chosen group
    QPushButton *m_create;
    QPushButton *m_leave;
    QPushButton *m_print;
    QPushButton *m_pdf;
};

} // namespace mestring::ui
