#pragma once

#include <functional>
#include <initializer_list>
#include <vector>

#include <QDate>
#include <QWidget>

#include "core/domain/client.h"
#include "core/domain/course.h"
#include "core/domain/ruleissue.h"
#include "core/services/actor.h"
#include "core/services/permissions.h"
#include "ui/services.h"

class QAction;
class QLabel;
class QTableView;
class QToolButton;

namespace mestring::ui {

/// What the record's working tabs (plan, assessments, journal, absences) share: the services
/// and who is acting, the client and courses shown, a calm message line, and actions whose
/// shortcut works while focus is anywhere in the tab (the shortcut is named in the tooltip).
class RecordTab : public QWidget
{
    Q_OBJECT

public:
    RecordTab(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Shows `client`; `courses` are theirs (empty when the user may not read them). The tab
    /// reads its records when it is shown, so opening a client reads only the visible tab.
    void setClient(
        const core::Client &client, std::vector<core::Course> courses, const QDate &today);
    /// Chooses `courseId` where the tab works per course (a caseload flag names the course).
    virtual void selectCourse(const QString &courseId) { Q_UNUSED(courseId); }
    /// The text of the message line (for tests).
    QString message() const;
    /// The house look of a record list: whole rows, one selected, not editable, no grid noise.
    static void setUpTable(QTableView *table, const QString &objectName);

protected:
    /// Loads what the tab shows for the current client.
    virtual void reload() = 0;
    void showEvent(QShowEvent *event) override;
    virtual void clientChanged() { }

    QAction *addTabAction(const QString &text, const QKeySequence &keys, const QString &toolTip,
        const QString &objectName);
    /// For a role that may read the tab but lacks `permission`: `actions` stay disabled (their
    /// shortcuts too, before anything is typed) and their tooltips and the tab's message line
    /// say why. Returns whether the role has it.
    bool allowOnly(core::Permission permission, std::initializer_list<QAction *> actions);
    /// Enables `action` when `enabled`, unless the role may not use it (allowOnly).
    void setActionEnabled(QAction *action, bool enabled);
    QToolButton *buttonFor(QAction *action);
    /// Runs a service call; a refusal or storage error is shown on the message line.
    bool run(const std::function<void()> &call);
    void showMessage(const QString &text, bool isError = false);
    void showWarnings(const core::RuleIssues &warnings);
    QLabel *messageLabel() const { return m_message; }

    Services m_services;
    core::Actor m_actor;
    core::Client m_client;
    std::vector<core::Course> m_courses;
    QDate m_today;

private:
    QLabel *m_message;
    QList<QAction *> m_denied;
    QString m_accessNote; // the message line's text when there is nothing else to say
    bool m_loadWhenShown = false;
};

} // namespace mestring::ui
