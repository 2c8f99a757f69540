#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/domain/goal.h"

namespace mestring::ui {

/// The goals of one course's plan, in the order they were added; active goals in bold.
class GoalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ThemeColumn,
        TextColumn,
        DeadlineColumn,
        BaselineColumn,
        LatestScoreColumn,
        TargetColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { GoalIdRole = Qt::UserRole };

    explicit GoalTableModel(QObject *parent = nullptr);

    void setGoals(std::vector<core::Goal> goals);
    const core::Goal &goalAt(int row) const { return m_goals.at(std::size_t(row)); }
    int rowOf(const QString &goalId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const core::Goal &goal, int column) const;

    std::vector<core::Goal> m_goals;
};

} // namespace mestring::ui
