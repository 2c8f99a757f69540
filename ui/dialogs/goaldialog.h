#pragma once

#include "core/domain/goal.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace mestring::core {
class GoalService;
}

namespace mestring::ui {

class DateField;

/// Adds a goal to a course's plan, or changes one (theme, text, measure, deadline, baseline
/// and target on the VUM scale, status). The limit of 3 active goals is core's to refuse.
class GoalDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// `goal.id` empty: a new goal on `goal.course`.
    GoalDialog(core::GoalService &goals, core::Actor actor, core::Goal goal, const QDate &today,
        QWidget *parent = nullptr);

    QString savedGoalId() const { return m_goal.id; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *measureEdit() const { return m_measure; }
    DateField *deadlineField() const { return m_deadline; }

protected:
    bool save() override;
    void adoptVersion(int version) override { m_goal.version = version; }

private:
    void updateClosedDate();

    core::GoalService &m_goals;
    core::Actor m_actor;
    core::Goal m_goal;
    QDate m_today;
    QComboBox *m_theme;
    QPlainTextEdit *m_text;
    QLineEdit *m_measure;
    DateField *m_deadline;
    QComboBox *m_baseline;
    QComboBox *m_target;
    QComboBox *m_status;
    DateField *m_closed;
};

} // namespace mestring::ui
