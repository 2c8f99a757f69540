#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QTableView>

#include "core/domain/clock.h"
#include "core/services/goalservice.h"
#include "recordtestdata.h"
#include "ui/charts/goalscorechart.h"
#include "ui/dialogs/goaldialog.h"
#include "ui/dialogs/goalscoredialog.h"
#include "ui/models/goaltablemodel.h"
#include "ui/models/subgoaltablemodel.h"
#include "ui/widgets/record/coursechooser.h"
#include "ui/widgets/record/goalstab.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

namespace {

core::Goal goal(const QString &id, core::GoalStatus status, std::vector<core::GoalScore> scores)
{
    core::Goal g;
    g.id = id;
    g.course = QStringLiteral("k1");
    g.text = QStringLiteral("Drikke højst 10 genstande om ugen");
    g.baselineScore = 3;
    g.targetScore = 1;
    g.status = status;
    g.scores = std::move(scores);
    g.subgoals = {{QStringLiteral("Tal med lægen"), QDate(2025, 2, 1), QDate()},
        {QStringLiteral("Fortæl familien"), QDate(2025, 3, 1), QDate(2025, 2, 20)}};
    return g;
}

} // namespace

TEST_CASE(
    "The goal and sub-goal tables pass QAbstractItemModelTester and show VUM words", "[ui][goals]")
{
    ui::GoalTableModel goals;
    QAbstractItemModelTester goalTester(
        &goals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::SubGoalTableModel subGoals;
    QAbstractItemModelTester subTester(
        &subGoals, QAbstractItemModelTester::FailureReportingMode::Fatal);

    goals.setGoals({goal(QStringLiteral("g1"), core::GoalStatus::Active,
                        {{QDate(2025, 1, 5), 3}, {QDate(2025, 4, 5), 2}}),
        goal(QStringLiteral("g2"), core::GoalStatus::Abandoned, {})});
    REQUIRE(goals.rowCount() == 2);
    CHECK(goals.index(0, ui::GoalTableModel::LatestScoreColumn).data().toString()
        == QStringLiteral("2 moderate"));
    CHECK(goals.index(0, ui::GoalTableModel::TargetColumn).data().toString()
        == QStringLiteral("1 light"));
    CHECK(goals.index(1, ui::GoalTableModel::LatestScoreColumn).data().toString().isEmpty());
    CHECK(goals.rowOf(QStringLiteral("g2")) == 1);

    subGoals.setSubGoals(goals.goalAt(0).subgoals, QDate(2025, 2, 10));
    REQUIRE(subGoals.rowCount() == 2);
    CHECK(subGoals.index(0, ui::SubGoalTableModel::DoneColumn).data().toString()
        == QStringLiteral("not yet"));
    CHECK(subGoals.index(1, ui::SubGoalTableModel::DoneColumn).data().toString()
        == QStringLiteral("20-02-2025"));
    CHECK(subGoals.index(0, ui::SubGoalTableModel::DeadlineColumn)
              .data(Qt::ForegroundRole)
              .isValid()); // past its deadline, not done

    goals.setGoals({});
    CHECK(goals.rowCount() == 0);
}

TEST_CASE(
    "Goals are added up to three and the fourth is refused in the dialog, text kept", "[ui][goals]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto course = test::addCourse(data, client.id, today.addMonths(-2));
    ui::GoalsTab tab(data.services(), data.therapist);
    tab.show();
    tab.setClient(client, data.courses.forClient(data.therapist, client.id), today);
    REQUIRE(tab.courseChooser()->currentCourseId() == course.id);

    auto *newGoal = tab.findChild<QAction *>(QStringLiteral("newGoalAction"));
    REQUIRE(newGoal);
    CHECK(newGoal->toolTip().contains(
        QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    for (int i = 1; i <= 3; ++i) {
        const bool seen = withModal<ui::GoalDialog>([&] { newGoal->trigger(); },
            [&](ui::GoalDialog *dialog) {
                dialog->textEdit()->setPlainText(QStringLiteral("Mål nummer %1").arg(i));
                dialog->accept();
                CHECK(dialog->result() == QDialog::Accepted);
            });
        CHECK(seen);
    }
    CHECK(tab.goalModel()->rowCount() == 3);
    CHECK(data.set.goals.forCourse(data.therapist, course.id).size() == 3);

    const QString fourth = QStringLiteral("Et fjerde mål, som ikke må gå tabt");
    const bool seen = withModal<ui::GoalDialog>([&] { newGoal->trigger(); },
        [&](ui::GoalDialog *dialog) {
            dialog->textEdit()->setPlainText(fourth);
            dialog->measureEdit()->setText(QStringLiteral("Målt hver uge"));
            dialog->accept();
            CHECK(dialog->isVisible());
            CHECK(dialog->generalMessage().contains(QStringLiteral("3 active goals")));
            CHECK(dialog->textEdit()->toPlainText() == fourth);
            CHECK(dialog->measureEdit()->text() == QStringLiteral("Målt hver uge"));
            CHECK(dialog->hasUnsavedChanges()); // closing now would ask before discarding
        });
    CHECK(seen);
    CHECK(data.set.goals.forCourse(data.therapist, course.id).size() == 3);
    CHECK(tab.goalModel()->rowCount() == 3);
}

TEST_CASE("A status score is recorded and drawn in the goal's chart", "[ui][goals]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto course = test::addCourse(data, client.id, today.addMonths(-4));
    core::Goal g;
    g.course = course.id;
    g.text = QStringLiteral("Sove igennem");
    g.baselineScore = 3;
    g.targetScore = 1;
    data.set.goals.create(data.therapist, g);
    ui::GoalsTab tab(data.services(), data.therapist);
    tab.show();
    tab.setClient(client, data.courses.forClient(data.therapist, client.id), today);
    REQUIRE(tab.goalModel()->rowCount() == 1);
    CHECK(tab.chart()->pointCount() == 0);

    auto *addScore = tab.findChild<QAction *>(QStringLiteral("addScoreAction"));
    REQUIRE(withModal<ui::GoalScoreDialog>([&] { addScore->trigger(); },
        [](ui::GoalScoreDialog *dialog) {
            dialog->accept(); // no score chosen yet
            CHECK(dialog->isVisible());
            CHECK(dialog->messageFor(QStringLiteral("score")).contains(QStringLiteral("0")));
            dialog->scoreCombo()->setCurrentIndex(3); // "2 moderate"
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        }));
    CHECK(tab.chart()->pointCount() == 1);
    CHECK(tab.goalModel()->index(0, ui::GoalTableModel::LatestScoreColumn).data().toString()
        == QStringLiteral("2 moderate"));
}

TEST_CASE("Closing a goal dialog with typed text asks before discarding it", "[ui][goals]")
{
    UiTestDatabase data;
    core::Goal draft;
    draft.course = QStringLiteral("k1");
    ui::GoalDialog dialog(data.set.goals, data.therapist, draft, core::Clock().today());
    dialog.show();
    dialog.textEdit()->setPlainText(QStringLiteral("Noget der ikke må gå tabt"));
    const auto answer = [&](QMessageBox::StandardButton button) {
        return withModal<QMessageBox>(
            [&] { dialog.reject(); }, [button](QMessageBox *box) { box->button(button)->click(); });
    };
    CHECK(answer(QMessageBox::Cancel));
    CHECK(dialog.isVisible()); // kept, with the text
    CHECK(dialog.textEdit()->toPlainText() == QStringLiteral("Noget der ikke må gå tabt"));
    CHECK(answer(QMessageBox::Discard));
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
}
