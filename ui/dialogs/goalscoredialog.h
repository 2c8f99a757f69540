#pragma once

#include "core/services/actor.h"
#include "recorddialog.h"

class QComboBox;

namespace mestring::core {
class GoalService;
}

namespace mestring::ui {

class DateField;

/// Records a goal's status score (VUM 0-4) on a date; one score per date (core's rule).
class GoalScoreDialog : public RecordDialog
{
    Q_OBJECT

public:
    GoalScoreDialog(core::GoalService &goals, core::Actor actor, QString goalId,
        const QString &goalText, const QDate &today, QWidget *parent = nullptr);

    QComboBox *scoreCombo() const { return m_score; }
    DateField *dateField() const { return m_date; }

protected:
    bool save() override;

private:
    core::GoalService &m_goals;
    core::Actor m_actor;
    QString m_goalId;
    DateField *m_date;
    QComboBox *m_score;
};

} // namespace mestring::ui
