#pragma once

#include <optional>

#include <QDate>
#include <QTabWidget>

#include "core/services/actor.h"
#include "core/services/groupservice.h"

class QAction;
class QTableView;
class QTableWidget;

namespace mestring::core {
class FeedbackService;
}

namespace mestring::ui {

class GroupRegisterModel;

/// The chosen group on the Grupper page, in tabs: members (with their attendance so far),
/// the waiting list in order, the sessions, and the attendance register. In the register a
/// cell is filled by key, as in the Kalender: F attended (fremmødt), U no-show (udeblevet),
/// A cancelled by the client (afbud); the cursor then moves down to the next member.
class GroupDetailsWidget : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { MembersTab, WaitingTab, SessionsTab, RegisterTab };

    GroupDetailsWidget(core::GroupService &groups, core::Actor actor, QWidget *parent = nullptr);

    void setGroup(const core::GroupDetails &details, const QDate &today);
    void clear();
    const core::GroupDetails &details() const { return m_details; }

    /// The course chosen on the members or waiting tab (whichever is shown); empty if none.
    QString selectedCourse() const;
    bool selectedIsWaiting() const;
    /// The session chosen on the sessions tab, or the register's current column.
    QString selectedSession() const;
    /// Puts the register's cursor on a member and session; false when not in the grid.
    bool setRegisterCell(const QString &courseId, const QString &sessionId);

    /// Records `status` in the register's current cell, as the keys do; true when saved.
    bool recordCurrent(core::AttendanceStatus status);
    /// Adds FIT to the register (key R) for roles that write clinical records.
    void setFeedback(core::FeedbackService &feedback);
    /// Opens the ORS and SRS of the register's current member and session; true when saved.
    bool rateCurrent();

    QTableWidget *membersTable() const { return m_members; }
    QTableWidget *waitingTable() const { return m_waiting; }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableView *registerView() const { return m_register; }
    GroupRegisterModel *registerModel() const { return m_registerModel; }

Q_SIGNALS:
    /// A refusal (error) or a note for the line above the page's tables.
    void message(const QString &text, bool isError);

private:
    QTableWidget *createTable(const QStringList &headers, const QString &objectName);
    QWidget *createRegisterPage();
    void createRegisterActions();
    void fillMembers(const QDate &today);
    void fillWaiting();
    void fillSessions();

    core::GroupService &m_groups;
    core::FeedbackService *m_feedback = nullptr;
    core::Actor m_actor;
    core::GroupDetails m_details;
    QDate m_today;
    QTableWidget *m_members;
    QTableWidget *m_waiting;
    QTableWidget *m_sessions;
    QTableView *m_register;
    GroupRegisterModel *m_registerModel;
};

} // namespace mestring::ui
