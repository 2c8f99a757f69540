#include "goaldialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include "core/services/goalservice.h"
#include "fieldinputs.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

GoalDialog::GoalDialog(core::GoalService &goals, core::Actor actor, core::Goal goal,
    const QDate &today, QWidget *parent)
    : EditDialog(parent)
    , m_goals(goals)
    , m_actor(std::move(actor))
    , m_goal(std::move(goal))
    , m_today(today)
    , m_theme(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_measure(new QLineEdit(this))
    , m_deadline(makeDateEdit(this, m_goal.deadline, tr("no deadline")))
    , m_baseline(makeScoreCombo(this, m_goal.baselineScore, vumTitle, tr("not scored")))
    , m_target(makeScoreCombo(this, m_goal.targetScore, vumTitle, tr("not set")))
    , m_status(new QComboBox(this))
    , m_closed(makeDateEdit(this, m_goal.closedDate.isValid() ? m_goal.closedDate : today))
{
    const bool isNew = m_goal.id.isEmpty();
    setWindowTitle(isNew ? tr("New goal") : tr("Change goal"));
    setObjectName(QStringLiteral("goalDialog"));
    for (core::Theme theme : core::enumValues<core::Theme>())
        m_theme->addItem(themeTitle(theme), int(theme));
    m_theme->setCurrentIndex(int(m_goal.theme));
    for (core::GoalStatus status : core::enumValues<core::GoalStatus>())
        m_status->addItem(goalStatusTitle(status), int(status));
    m_status->setCurrentIndex(int(m_goal.status));
    m_text->setPlainText(m_goal.text);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the client wants to achieve, in the client's words"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_text->setObjectName(QStringLiteral("goalText"));
    m_measure->setText(m_goal.measure);
    m_measure->setPlaceholderText(tr("How you and the client will see that it is reached"));
    m_measure->setObjectName(QStringLiteral("goalMeasure"));
    m_baseline->setToolTip(tr("Support need now, on the VUM scale: 0 none to 4 complete"));
    m_target->setToolTip(tr("The support need the goal aims at: lower is more mastery"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Goal:"), m_text);
    form->addRow(QString(), fieldErrorLabel(QStringLiteral("text"), m_text));
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("&Baseline:"), m_baseline);
    form->addRow(QString(), fieldErrorLabel(QStringLiteral("baseline_score"), m_baseline));
    form->addRow(tr("T&arget:"), m_target);
    form->addRow(QString(), fieldErrorLabel(QStringLiteral("target_score"), m_target));
    auto *scale = new QLabel(tr("VUM scale: 0 none, 1 light, 2 moderate, 3 severe, 4 complete "
                                "support need. Lower means more mastery."),
        this);
    scale->setWordWrap(true);
    scale->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), scale);
    if (!isNew) {
        form->addRow(tr("&Status:"), m_status);
        form->addRow(QString(), fieldErrorLabel(QStringLiteral("status"), m_status));
        form->addRow(tr("&Closed on:"), m_closed);
        form->addRow(QString(), fieldErrorLabel(QStringLiteral("closed_date"), m_closed));
        connect(m_status, &QComboBox::currentIndexChanged, this, &GoalDialog::updateClosedDate);
    } else {
        m_status->hide();
        m_closed->hide();
    }
    updateClosedDate();
    setMinimumWidth(560);
    finishLayout(form, isNew ? tr("Add goal") : tr("Save"));
}

void GoalDialog::updateClosedDate()
{
    const bool closed = m_status->currentIndex() != int(core::GoalStatus::Active);
    m_closed->setEnabled(closed);
}

core::Goal GoalDialog::goalFromFields() const
{
    core::Goal goal = m_goal;
    goal.theme = core::Theme(m_theme->currentIndex());
    goal.text = m_text->toPlainText().trimmed();
    goal.measure = m_measure->text().trimmed();
    goal.deadline = dateOf(m_deadline);
    goal.baselineScore = scoreOf(m_baseline);
    goal.targetScore = scoreOf(m_target);
    goal.status = core::GoalStatus(m_status->currentIndex());
    goal.closedDate = goal.status == core::GoalStatus::Active ? QDate() : m_closed->date();
    return goal;
}

bool GoalDialog::save()
{
    core::Goal goal = goalFromFields();
    const core::SaveResult result
        = goal.id.isEmpty() ? m_goals.create(m_actor, goal) : m_goals.update(m_actor, goal);
    m_goal.id = result.id;
    setWarnings(result.warnings);
    return true;
}

QStringList GoalDialog::snapshot() const
{
    return {m_theme->currentText(), m_text->toPlainText(), m_measure->text(), m_deadline->text(),
        m_baseline->currentText(), m_target->currentText(), m_status->currentText(),
        m_closed->text()};
}

} // namespace mestring::ui
