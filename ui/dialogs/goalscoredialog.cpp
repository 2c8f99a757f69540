#include "goalscoredialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include "core/services/goalservice.h"
#include "fieldinputs.h"
#include "ui/recordtitles.h"
#include "ui/widgets/datefield.h"

namespace mestring::ui {

GoalScoreDialog::GoalScoreDialog(core::GoalService &goals, core::Actor actor, QString goalId,
    const QString &goalText, const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_goals(goals)
    , m_actor(std::move(actor))
    , m_goalId(std::move(goalId))
    , m_date(new DateField(this))
    , m_score(makeScoreCombo(this, std::nullopt, vumTitle, tr("choose a score")))
{
    setWindowTitle(tr("Status score"));
    setObjectName(QStringLiteral("goalScoreDialog"));
    m_date->setDate(today);
    auto *goal = new QLabel(goalText, this);
    goal->setWordWrap(true);
    goal->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form()->addRow(tr("Goal"), goal);
    addField(tr("&Date"), m_date, QStringLiteral("date"));
    addField(tr("&Score"), m_score, QStringLiteral("score"));
    requireField(
        m_score, QStringLiteral("score"), [this] { return scoreOf(m_score).has_value(); },
        tr("Choose the score from 0 (no support need) to 4 (complete)."));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Save score"));
    watchForChanges();
    fitToWidth(this, 460);
    m_score->setFocus();
}

bool GoalScoreDialog::save()
{
    core::RuleIssues issues;
    checkDateField(m_date, QStringLiteral("date"), true, issues);
    const auto score = scoreOf(m_score);
    if (!score) {
        issues.push_back({core::RuleIssue::Severity::Error, QStringLiteral("score"),
            tr("Choose the score from 0 (no support need) to 4 (complete).")});
    }
    if (showIssues(issues)) return false;
    m_goals.addScore(m_actor, m_goalId, m_date->date(), *score);
    return true;
}

} // namespace mestring::ui
