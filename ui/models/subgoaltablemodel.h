#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/domain/goal.h"

namespace mestring::ui {

/// The sub-goals (delmål) of one goal in plan order, with deadline and done date.
class SubGoalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, DeadlineColumn, DoneColumn, ColumnCount };

    explicit SubGoalTableModel(QObject *parent = nullptr);

    void setSubGoals(std::vector<core::SubGoal> subGoals, const QDate &today);
    const core::SubGoal &subGoalAt(int row) const { return m_subGoals.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::SubGoal> m_subGoals;
    QDate m_today;
};

} // namespace mestring::ui
