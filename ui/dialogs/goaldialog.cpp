#include "goaldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include "core/domain/rules/textlimits.h"
#include "core/services/goalservice.h"
#include "fieldinputs.h"
#include "ui/recordtitles.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"

namespace mestring::ui {

GoalDialog::GoalDialog(core::GoalService &goals, core::Actor actor, core::Goal goal,
    const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_goals(goals)
    , m_actor(std::move(actor))
    , m_goal(std::move(goal))
    , m_today(today)
    , m_theme(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_measure(new QLineEdit(this))
    , m_deadline(new DateField(this))
    , m_baseline(makeScoreCombo(this, m_goal.baselineScore, vumTitle, tr("not scored")))
    , m_target(makeScoreCombo(this, m_goal.targetScore, vumTitle, tr("not set")))
    , m_status(new QComboBox(this))
    , m_closed(new DateField(this))
{
    const bool isNew = m_goal.id.isEmpty();
    setWindowTitle(isNew ? tr("New goal") : tr("Change goal"));
    setObjectName(QStringLiteral("goalDialog"));
    fillEnumCombo(m_theme, &themeTitle);
    setEnumComboValue(m_theme, std::optional(m_goal.theme));
    fillEnumCombo(m_status, &goalStatusTitle);
    setEnumComboValue(m_status, std::optional(m_goal.status));
    m_text->setPlainText(m_goal.text);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the client wants to achieve, in the client's words"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_text->setObjectName(QStringLiteral("goalText"));
    limitLength(m_text, core::textlimit::goalText);
    m_measure->setText(m_goal.measure);
    m_measure->setPlaceholderText(tr("How you and the client will see that it is reached"));
    m_measure->setObjectName(QStringLiteral("goalMeasure"));
    m_measure->setMaxLength(core::textlimit::goalMeasure);
    m_deadline->setDate(m_goal.deadline);
    m_closed->setDate(m_goal.closedDate.isValid() ? m_goal.closedDate : today);
    m_baseline->setToolTip(tr("Support need now, on the VUM scale: 0 none to 4 complete"));
    m_target->setToolTip(tr("The support need the goal aims at: lower is more mastery"));

    addField(tr("&Theme"), m_theme, QStringLiteral("theme"));
    addField(tr("&Goal"), m_text, QStringLiteral("text"));
    addField(tr("&Measure"), m_measure, QStringLiteral("measure"));
    requireText(m_text, QStringLiteral("text"), tr("Write the goal in the client's words."));
    addField(tr("&Deadline"), m_deadline, QStringLiteral("deadline"));
    addField(tr("&Baseline"), m_baseline, QStringLiteral("baseline_score"));
    addField(tr("T&arget"), m_target, QStringLiteral("target_score"));
    addNote(tr("VUM scale: 0 none, 1 light, 2 moderate, 3 severe, 4 complete support need. "
               "Lower means more mastery."));
    if (!isNew) {
        addField(tr("&Status"), m_status, QStringLiteral("status"));
        addField(tr("&Closed on"), m_closed, QStringLiteral("closed_date"));
        connect(m_status, &QComboBox::currentIndexChanged, this, &GoalDialog::updateClosedDate);
    } else {
        m_status->hide();
        m_closed->hide();
    }
    updateClosedDate();
    buttons()->button(QDialogButtonBox::Save)->setText(isNew ? tr("Add goal") : tr("Save"));
    watchForChanges();
    fitToWidth(this, 580);
}

void GoalDialog::updateClosedDate()
{
    m_closed->setEnabled(enumComboValue<core::GoalStatus>(m_status) != core::GoalStatus::Active);
}

bool GoalDialog::save()
{
    core::RuleIssues issues;
    checkDateField(m_deadline, QStringLiteral("deadline"), false, issues);
    core::Goal goal = m_goal;
    goal.status = enumComboValue<core::GoalStatus>(m_status).value_or(core::GoalStatus::Active);
    if (goal.status != core::GoalStatus::Active)
        checkDateField(m_closed, QStringLiteral("closed_date"), true, issues);
    if (showIssues(issues)) return false;

    goal.theme = enumComboValue<core::Theme>(m_theme).value_or(core::Theme::SelfManagement);
    goal.text = m_text->toPlainText().trimmed();
    goal.measure = m_measure->text().trimmed();
    goal.deadline = m_deadline->date();
    goal.baselineScore = scoreOf(m_baseline);
    goal.targetScore = scoreOf(m_target);
    goal.closedDate = goal.status == core::GoalStatus::Active ? QDate() : m_closed->date();
    m_goal.id = (goal.id.isEmpty() ? m_goals.create(m_actor, goal)
                                   : m_goals.update(m_actor, goal, &m_goal))
                    .id;
    return true;
}

} // namespace mestring::ui
