#pragma once

#include "core/domain/goal.h"
#include "recordtab.h"

class QLabel;
class QTableView;

namespace mestring::ui {

class CourseChooser;
class GoalScoreChart;
class GoalTableModel;
class SubGoalTableModel;

/// "Plan og mål": a course's goals (at most 3 active, core's rule), the chosen goal's measure,
/// sub-goals and a chart of its status scores against the target.
class GoalsTab : public RecordTab
{
    Q_OBJECT

public:
    GoalsTab(Services services, core::Actor actor, QWidget *parent = nullptr);

    CourseChooser *courseChooser() const { return m_chooser; }
    QTableView *goalTable() const { return m_goalTable; }
    GoalScoreChart *chart() const { return m_chart; }
    GoalTableModel *goalModel() const { return m_goalModel; }
    SubGoalTableModel *subGoalModel() const { return m_subGoalModel; }

public Q_SLOTS:
    void newGoal();
    void editGoal();
    void addScore();
    void addSubGoal();
    void markSubGoalDone();

    void selectCourse(const QString &courseId) override;

protected:
    void reload() override;
    void clientChanged() override;

private:
    QWidget *createDetails();
    void showCurrentGoal();
    const core::Goal *currentGoal() const;
    void reloadKeeping(const QString &goalId);

    CourseChooser *m_chooser;
    GoalTableModel *m_goalModel;
    SubGoalTableModel *m_subGoalModel;
    QTableView *m_goalTable;
    QTableView *m_subGoalTable;
    QLabel *m_summary;
    QLabel *m_measure;
    GoalScoreChart *m_chart;
    QAction *m_newGoal;
    QAction *m_editGoal;
    QAction *m_addScore;
    QAction *m_addSubGoal;
    QAction *m_markDone;
};

} // namespace mestring::ui
