#include "goalstab.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/services/goalservice.h"
#include "coursechooser.h"
#include "ui/charts/goalscorechart.h"
#include "ui/dialogs/goaldialog.h"
#include "ui/dialogs/goalscoredialog.h"
#include "ui/dialogs/subgoaldialog.h"
#include "ui/formatting.h"
#include "ui/models/goaltablemodel.h"
#include "ui/models/subgoaltablemodel.h"
#include "ui/widgets/textfit.h"

namespace mestring::ui {

GoalsTab::GoalsTab(Services services, core::Actor actor, QWidget *parent)
    : RecordTab(services, std::move(actor), parent)
    , m_chooser(new CourseChooser(this))
    , m_goalModel(new GoalTableModel(this))
    , m_subGoalModel(new SubGoalTableModel(this))
    , m_goalTable(new QTableView(this))
    , m_subGoalTable(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_measure(new QLabel(this))
    , m_chart(new GoalScoreChart(this))
{
    m_newGoal = addTabAction(tr("New goal"), QKeySequence::New,
        tr("Add a goal to the course's plan"), QStringLiteral("newGoalAction"));
    m_editGoal = addTabAction(tr("Change goal"), Qt::Key_F2, tr("Change or close the chosen goal"),
        QStringLiteral("editGoalAction"));
    m_addScore = addTabAction(tr("Status score"), Qt::CTRL | Qt::Key_R,
        tr("Record a status score for the chosen goal"), QStringLiteral("addScoreAction"));
    m_addSubGoal = addTabAction(tr("New sub-goal"), Qt::CTRL | Qt::Key_D,
        tr("Add a sub-goal to the chosen goal"), QStringLiteral("addSubGoalAction"));
    m_markDone = addTabAction(tr("Mark done today"), Qt::CTRL | Qt::Key_U,
        tr("Mark the chosen sub-goal done today"), QStringLiteral("markDoneAction"));
    connect(m_newGoal, &QAction::triggered, this, &GoalsTab::newGoal);
    connect(m_editGoal, &QAction::triggered, this, &GoalsTab::editGoal);
    connect(m_addScore, &QAction::triggered, this, &GoalsTab::addScore);
    connect(m_addSubGoal, &QAction::triggered, this, &GoalsTab::addSubGoal);
    connect(m_markDone, &QAction::triggered, this, &GoalsTab::markSubGoalDone);
    allowOnly(core::Permission::WriteClinical,
        {m_newGoal, m_editGoal, m_addScore, m_addSubGoal, m_markDone});

    m_chooser->setObjectName(QStringLiteral("goalCourseChooser"));
    m_chooser->setAccessibleName(tr("Course"));
    connect(m_chooser, &CourseChooser::courseChanged, this, &GoalsTab::reload);

    setUpTable(m_goalTable, QStringLiteral("goalTable"));
    m_goalTable->setModel(m_goalModel);
    m_goalTable->setAccessibleName(tr("Goals"));
    m_goalTable->horizontalHeader()->setStretchLastSection(false);
    m_goalTable->horizontalHeader()->setSectionResizeMode(
        GoalTableModel::TextColumn, QHeaderView::Stretch);
    m_goalTable->setColumnWidth(GoalTableModel::ThemeColumn, 225);
    for (int column : {GoalTableModel::DeadlineColumn, GoalTableModel::BaselineColumn,
             GoalTableModel::LatestScoreColumn, GoalTableModel::TargetColumn})
        m_goalTable->setColumnWidth(column, 110);
    m_goalTable->setColumnWidth(GoalTableModel::StatusColumn, 170);
    fitColumnsToTitles(m_goalTable);
    connect(m_goalTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &GoalsTab::showCurrentGoal);
    connect(m_goalTable, &QTableView::activated, this, &GoalsTab::editGoal);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Course:"), this));
    top->addWidget(m_chooser);
    top->addWidget(m_summary, 1);
    for (QAction *action : {m_newGoal, m_editGoal, m_addScore})
        top->addWidget(buttonFor(action));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_goalTable);
    splitter->addWidget(createDetails());
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({200, 380});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(messageLabel());
    layout->addWidget(splitter, 1);
    setTabOrder(m_chooser, m_goalTable);
    setTabOrder(m_goalTable, m_subGoalTable);
}

QWidget *GoalsTab::createDetails()
{
    auto *details = new QWidget(this);
    m_measure->setObjectName(QStringLiteral("goalMeasure"));
    m_measure->setWordWrap(true);
    m_measure->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setUpTable(m_subGoalTable, QStringLiteral("subGoalTable"));
    m_subGoalTable->setModel(m_subGoalModel);
    m_subGoalTable->setAccessibleName(tr("Sub-goals"));
    m_subGoalTable->horizontalHeader()->setStretchLastSection(false);
    m_subGoalTable->horizontalHeader()->setSectionResizeMode(
        SubGoalTableModel::TextColumn, QHeaderView::Stretch);
    m_subGoalTable->setColumnWidth(SubGoalTableModel::DeadlineColumn, 100);
    m_subGoalTable->setColumnWidth(SubGoalTableModel::DoneColumn, 100);
    fitColumnsToTitles(m_subGoalTable);
    connect(m_subGoalTable, &QTableView::activated, this, &GoalsTab::markSubGoalDone);

    auto *subButtons = new QHBoxLayout;
    subButtons->addWidget(new QLabel(tr("Sub-goals"), this), 1);
    subButtons->addWidget(buttonFor(m_addSubGoal));
    subButtons->addWidget(buttonFor(m_markDone));
    auto *left = new QVBoxLayout;
    left->addWidget(m_measure);
    left->addLayout(subButtons);
    left->addWidget(m_subGoalTable, 1);

    m_chart->setObjectName(QStringLiteral("goalScoreChart"));
    auto *layout = new QHBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(m_chart, 1);
    return details;
}

void GoalsTab::clientChanged()
{
    m_chooser->setCourses(m_courses, m_today);
}

void GoalsTab::selectCourse(const QString &courseId)
{
    if (!courseId.isEmpty()) m_chooser->selectCourse(courseId);
}

void GoalsTab::reload()
{
    reloadKeeping(QString());
}

void GoalsTab::reloadKeeping(const QString &goalId)
{
    std::vector<core::Goal> goals;
    const QString courseId = m_chooser->currentCourseId();
    if (!courseId.isEmpty()) run([&] { goals = m_services.goals.forCourse(m_actor, courseId); });
    const auto active = std::count_if(goals.begin(), goals.end(),
        [](const core::Goal &goal) { return goal.status == core::GoalStatus::Active; });
    m_summary->setText(courseId.isEmpty() ? tr("The client has no course yet.")
                                          : tr("%1 of 3 active goals").arg(active));
    m_goalModel->setGoals(std::move(goals));
    setActionEnabled(m_newGoal, !courseId.isEmpty());
    // The goal just saved, else the first active one: that is what staff work on.
    int row = m_goalModel->rowOf(goalId);
    for (int i = 0; row < 0 && i < m_goalModel->rowCount(); ++i) {
        if (m_goalModel->goalAt(i).status == core::GoalStatus::Active) row = i;
    }
    row = std::max(0, row);
    if (m_goalModel->rowCount() > 0) m_goalTable->selectRow(row);
    showCurrentGoal();
}

const core::Goal *GoalsTab::currentGoal() const
{
    const QModelIndex current = m_goalTable->currentIndex();
    return current.isValid() ? &m_goalModel->goalAt(current.row()) : nullptr;
}

void GoalsTab::showCurrentGoal()
{
    const core::Goal *goal = currentGoal();
    for (QAction *action : {m_editGoal, m_addScore, m_addSubGoal, m_markDone})
        setActionEnabled(action, goal != nullptr);
    if (!goal) {
        m_measure->setText(m_goalModel->rowCount() == 0 && !m_chooser->currentCourseId().isEmpty()
                ? (m_newGoal->isEnabled()
                          ? tr("No goals on this course yet. Press Ctrl+N to add the first.")
                          : tr("No goals on this course yet."))
                : QString());
        m_subGoalModel->setSubGoals({}, m_today);
        m_chart->clear();
        return;
    }
    m_measure->setText(goal->measure.isEmpty()
            ? tr("<b>%1</b>").arg(goal->text.toHtmlEscaped())
            : tr("<b>%1</b><br>Measure: %2")
                  .arg(goal->text.toHtmlEscaped(), goal->measure.toHtmlEscaped()));
    m_subGoalModel->setSubGoals(goal->subgoals, m_today);
    m_chart->setGoal(*goal);
}

void GoalsTab::newGoal()
{
    const QString courseId = m_chooser->currentCourseId();
    if (courseId.isEmpty()) return;
    core::Goal goal;
    goal.course = courseId;
    GoalDialog dialog(m_services.goals, m_actor, goal, m_today, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reloadKeeping(dialog.savedGoalId());
}

void GoalsTab::editGoal()
{
    const core::Goal *goal = currentGoal();
    if (!goal) return;
    GoalDialog dialog(m_services.goals, m_actor, *goal, m_today, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reloadKeeping(dialog.savedGoalId());
}

void GoalsTab::addScore()
{
    const core::Goal *goal = currentGoal();
    if (!goal) return;
    const QString goalId = goal->id;
    GoalScoreDialog dialog(m_services.goals, m_actor, goalId, goal->text, m_today, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reloadKeeping(goalId);
}

void GoalsTab::addSubGoal()
{
    const core::Goal *goal = currentGoal();
    if (!goal) return;
    const QString goalId = goal->id;
    SubGoalDialog dialog(m_services.goals, m_actor, goalId, goal->text, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reloadKeeping(goalId);
}

void GoalsTab::markSubGoalDone()
{
    const core::Goal *goal = currentGoal();
    const QModelIndex current = m_subGoalTable->currentIndex();
    if (!goal || !current.isValid()) {
        showMessage(tr("Choose a sub-goal in the list first."));
        return;
    }
    if (m_subGoalModel->subGoalAt(current.row()).doneDate.isValid()) {
        showMessage(tr("This sub-goal is already done."));
        return;
    }
    const QString goalId = goal->id;
    const int row = current.row();
    if (run([&] { m_services.goals.markSubGoalDone(m_actor, goalId, row, m_today); })) {
        reloadKeeping(goalId);
        m_subGoalTable->selectRow(row);
        showMessage(tr("Sub-goal marked done on %1.").arg(formatDate(m_today)));
    }
}

} // namespace mestring::ui
