#include "goalscoredialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

#include "core/services/goalservice.h"
#include "fieldinputs.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

GoalScoreDialog::GoalScoreDialog(core::GoalService &goals, core::Actor actor, QString goalId,
    const QString &goalText, const QDate &today, QWidget *parent)
    : EditDialog(parent)
    , m_goals(goals)
    , m_actor(std::move(actor))
    , m_goalId(std::move(goalId))
    , m_date(makeDateEdit(this, today))
    , m_score(makeScoreCombo(this, std::nullopt, vumTitle, tr("choose a score")))
{
    setWindowTitle(tr("Status score"));
    setObjectName(QStringLiteral("goalScoreDialog"));
    auto *goal = new QLabel(goalText, this);
    goal->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Goal:"), goal);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Score:"), m_score);
    form->addRow(QString(), fieldErrorLabel(QStringLiteral("score"), m_score));
    setMinimumWidth(440);
    finishLayout(form, tr("Save score"));
    m_score->setFocus();
}

bool GoalScoreDialog::save()
{
    const auto score = scoreOf(m_score);
    if (!score) {
        showMessage(tr("Choose the score from 0 (no support need) to 4 (complete)."));
        m_score->setFocus();
        return false;
    }
    setWarnings(m_goals.addScore(m_actor, m_goalId, m_date->date(), *score).warnings);
    return true;
}

QStringList GoalScoreDialog::snapshot() const
{
    return {m_date->text(), m_score->currentText()};
}

} // namespace mestring::ui
