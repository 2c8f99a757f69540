#include "goaltablemodel.h"

#include <QFont>

#include "ui/formatting.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

namespace {

QString scoreCell(std::optional<int> score)
{
    return score ? QString::number(*score) + QLatin1Char(' ') + vumWord(*score) : QString();
}

} // namespace

GoalTableModel::GoalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GoalTableModel::setGoals(std::vector<core::Goal> goals)
{
    beginResetModel();
    m_goals = std::move(goals);
    endResetModel();
}

int GoalTableModel::rowOf(const QString &goalId) const
{
    for (std::size_t i = 0; i < m_goals.size(); ++i) {
        if (m_goals[i].id == goalId) return int(i);
    }
    return -1;
}

int GoalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

int GoalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Goal &goal = m_goals[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(goal, index.column());
    case Qt::ToolTipRole:
        return index.column() == TextColumn && !goal.measure.isEmpty()
            ? tr("%1\nMeasure: %2").arg(goal.text, goal.measure)
            : displayData(goal, index.column());
    case Qt::FontRole:
        if (goal.status == core::GoalStatus::Active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case GoalIdRole:
        return goal.id;
    default:
        return {};
    }
}

QVariant GoalTableModel::displayData(const core::Goal &goal, int column) const
{
    switch (column) {
    case ThemeColumn:
        return themeTitle(goal.theme);
    case TextColumn:
        return goal.text;
    case DeadlineColumn:
        return formatDate(goal.deadline);
    case BaselineColumn:
        return scoreCell(goal.baselineScore);
    case LatestScoreColumn:
        return goal.scores.empty() ? QString() : scoreCell(goal.scores.back().score);
    case TargetColumn:
        return scoreCell(goal.targetScore);
    case StatusColumn:
        return goal.closedDate.isValid()
            ? tr("%1 %2").arg(goalStatusTitle(goal.status), formatDate(goal.closedDate))
            : goalStatusTitle(goal.status);
    }
    return {};
}

QVariant GoalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case ThemeColumn:
        return tr("Theme");
    case TextColumn:
        return tr("Goal");
    case DeadlineColumn:
        return tr("Deadline");
    case BaselineColumn:
        return tr("Baseline");
    case LatestScoreColumn:
        return tr("Latest score");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace mestring::ui
