#include "subgoaldialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "core/domain/rules/textlimits.h"
#include "core/services/goalservice.h"
#include "fieldinputs.h"
#include "ui/widgets/datefield.h"

namespace mestring::ui {

SubGoalDialog::SubGoalDialog(core::GoalService &goals, core::Actor actor, QString goalId,
    const QString &goalText, QWidget *parent)
    : RecordDialog(parent)
    , m_goals(goals)
    , m_actor(std::move(actor))
    , m_goalId(std::move(goalId))
    , m_text(new QLineEdit(this))
    , m_deadline(new DateField(this))
{
    setWindowTitle(tr("New sub-goal"));
    setObjectName(QStringLiteral("subGoalDialog"));
    auto *goal = new QLabel(goalText, this);
    goal->setWordWrap(true);
    goal->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setPlaceholderText(tr("A small, concrete step towards the goal"));
    m_text->setMaxLength(core::textlimit::subGoalText);
    form()->addRow(tr("Goal"), goal);
    // Core names a sub-goal's text by its place in the goal ("subgoals[2].text"), so its
    // refusal appears under the dialog rather than under this field.
    addField(tr("&Sub-goal"), m_text);
    requireText(m_text, QString(), tr("Write the sub-goal: a small, concrete step."));
    addField(tr("&Deadline"), m_deadline, QStringLiteral("deadline"));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Add sub-goal"));
    watchForChanges();
    fitToWidth(this, 500);
}

bool SubGoalDialog::save()
{
    core::RuleIssues issues;
    checkDateField(m_deadline, QStringLiteral("deadline"), false, issues);
    if (showIssues(issues)) return false;
    core::SubGoal subGoal;
    subGoal.text = m_text->text().trimmed();
    subGoal.deadline = m_deadline->date();
    m_goals.addSubGoal(m_actor, m_goalId, subGoal);
    return true;
}

} // namespace mestring::ui
