#pragma once

#include "core/services/actor.h"
#include "recorddialog.h"

class QLineEdit;

namespace mestring::core {
class GoalService;
}

namespace mestring::ui {

class DateField;

/// Adds a sub-goal (delmål) with an optional deadline to a goal.
class SubGoalDialog : public RecordDialog
{
    Q_OBJECT

public:
    SubGoalDialog(core::GoalService &goals, core::Actor actor, QString goalId,
        const QString &goalText, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }

protected:
    bool save() override;

private:
    core::GoalService &m_goals;
    core::Actor m_actor;
    QString m_goalId;
    QLineEdit *m_text;
    DateField *m_deadline;
};

} // namespace mestring::ui
