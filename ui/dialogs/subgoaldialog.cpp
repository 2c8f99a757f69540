#include "subgoaldialog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "core/services/goalservice.h"
#include "fieldinputs.h"

namespace mestring::ui {

SubGoalDialog::SubGoalDialog(core::GoalService &goals, core::Actor actor, QString goalId,
    const QString &goalText, QWidget *parent)
    : EditDialog(parent)
    , m_goals(goals)
    , m_actor(std::move(actor))
    , m_goalId(std::move(goalId))
    , m_text(new QLineEdit(this))
    , m_deadline(makeDateEdit(this, QDate(), tr("no deadline")))
{
    setWindowTitle(tr("New sub-goal"));
    setObjectName(QStringLiteral("subGoalDialog"));
    auto *goal = new QLabel(goalText, this);
    goal->setWordWrap(true);
    m_text->setPlaceholderText(tr("A small, concrete step towards the goal"));
    auto *form = new QFormLayout;
    form->addRow(tr("Goal:"), goal);
    form->addRow(tr("&Sub-goal:"), m_text);
    form->addRow(tr("&Deadline:"), m_deadline);
    setMinimumWidth(480);
    finishLayout(form, tr("Add sub-goal"));
}

bool SubGoalDialog::save()
{
    core::SubGoal subGoal;
    subGoal.text = m_text->text().trimmed();
    subGoal.deadline = dateOf(m_deadline);
    setWarnings(m_goals.addSubGoal(m_actor, m_goalId, subGoal).warnings);
    return true;
}

QStringList SubGoalDialog::snapshot() const
{
    return {m_text->text(), m_deadline->text()};
}

} // namespace mestring::ui
