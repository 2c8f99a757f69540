#include "subgoaltablemodel.h"

#include <QBrush>
#include <QColor>

#include "ui/formatting.h"

namespace mestring::ui {

SubGoalTableModel::SubGoalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SubGoalTableModel::setSubGoals(std::vector<core::SubGoal> subGoals, const QDate &today)
{
    beginResetModel();
    m_subGoals = std::move(subGoals);
    m_today = today;
    endResetModel();
}

int SubGoalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subGoals.size());
}

int SubGoalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubGoalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SubGoal &subGoal = m_subGoals[std::size_t(index.row())];
    const bool overdue
        = !subGoal.doneDate.isValid() && subGoal.deadline.isValid() && subGoal.deadline < m_today;
    if (role == Qt::ForegroundRole && overdue && index.column() == DeadlineColumn)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case TextColumn:
        return subGoal.text;
    case DeadlineColumn:
        return overdue && role == Qt::ToolTipRole
            ? tr("%1 (past the deadline)").arg(formatDate(subGoal.deadline))
            : formatDate(subGoal.deadline);
    case DoneColumn:
        return subGoal.doneDate.isValid() ? formatDate(subGoal.doneDate) : tr("not yet");
    }
    return {};
}

QVariant SubGoalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TextColumn:
        return tr("Sub-goal");
    case DeadlineColumn:
        return tr("Deadline");
    case DoneColumn:
        return tr("Done");
    }
    return {};
}

} // namespace mestring::ui
