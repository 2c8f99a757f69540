#include "core/domain/rules/goalrules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

TEST_CASE("A goal that keeps every rule is accepted", "[core][rules][goals]")
{
    Goal goal = activeGoal();
    goal.subgoals = {{str("Go to bed at 23"), date("2025-03-01"), QDate()}};
    requireNoIssues(checkGoal(goal));
    Goal closed = activeGoal();
    closed.status = GoalStatus::Achieved;
    closed.closedDate = date("2025-06-01");
    requireNoIssues(checkGoal(closed));
}

TEST_CASE("A goal without id, course or text is refused", "[core][rules][goals]")
{
    Goal noId = activeGoal();
    noId.id.clear();
    requireOnlyError(checkGoal(noId), "id");
    Goal noCourse = activeGoal();
    noCourse.course.clear();
    requireOnlyError(checkGoal(noCourse), "course");
    Goal noText = activeGoal();
    noText.text = str(" ");
    requireOnlyError(checkGoal(noText), "text");
}

TEST_CASE("Goal scores outside the VUM scale 0-4 are refused", "[core][rules][goals]")
{
    Goal baseline = activeGoal();
    baseline.baselineScore = 5;
    requireOnlyError(checkGoal(baseline), "baseline_score");
    Goal target = activeGoal();
    target.targetScore = -1;
    requireOnlyError(checkGoal(target), "target_score");
    Goal status = activeGoal();
    status.scores.push_back({date("2025-07-10"), 5});
    requireOnlyError(checkGoal(status), "scores[1].score");
    Goal edges = activeGoal();
    edges.baselineScore = 4;
    edges.targetScore = 0;
    requireNoIssues(checkGoal(edges));
}

TEST_CASE("A second status score on the same date is refused", "[core][rules][goals]")
{
    Goal goal = activeGoal();
    goal.scores = {{date("2025-04-10"), 2}, {date("2025-07-10"), 2}, {date("2025-04-10"), 1}};
    requireOnlyError(checkGoal(goal), "scores[2].date");
}

TEST_CASE("A status score without a date is refused", "[core][rules][goals]")
{
    Goal goal = activeGoal();
    goal.scores.push_back({QDate(), 2});
    requireOnlyError(checkGoal(goal), "scores[1].date");
}

TEST_CASE("A closed date is refused on an active goal and required on a closed one",
    "[core][rules][goals]")
{
    Goal active = activeGoal();
    active.closedDate = date("2025-06-01");
    requireOnlyError(checkGoal(active), "closed_date");
    Goal abandoned = activeGoal();
    abandoned.status = GoalStatus::Abandoned;
    requireOnlyError(checkGoal(abandoned), "closed_date");
}

TEST_CASE("A sub-goal without text is refused", "[core][rules][goals]")
{
    Goal goal = activeGoal();
    goal.subgoals = {{str("Walk daily"), QDate(), QDate()}, {QString(), QDate(), QDate()}};
    requireOnlyError(checkGoal(goal), "subgoals[1].text");
}

TEST_CASE("A third active goal on a course is accepted", "[core][rules][goals]")
{
    const std::vector<Goal> others {activeGoal("g1"), activeGoal("g2")};
    requireNoIssues(checkActiveGoalLimit(activeGoal("g3"), others));
}

TEST_CASE("A fourth active goal on a course is refused", "[core][rules][goals]")
{
    const std::vector<Goal> others {activeGoal("g1"), activeGoal("g2"), activeGoal("g3")};
    requireOnlyError(checkActiveGoalLimit(activeGoal("g4"), others), "status");
}

TEST_CASE(
    "Closed goals and other courses' goals do not count against the limit", "[core][rules][goals]")
{
    Goal achieved = activeGoal("g3");
    achieved.status = GoalStatus::Achieved;
    achieved.closedDate = date("2025-05-01");
    const std::vector<Goal> others {
        activeGoal("g1"), activeGoal("g2"), achieved, activeGoal("g9", "k9")};
    requireNoIssues(checkActiveGoalLimit(activeGoal("g4"), others));
    Goal closedFourth = activeGoal("g4");
    closedFourth.status = GoalStatus::NotAchieved;
    const std::vector<Goal> three {activeGoal("g1"), activeGoal("g2"), activeGoal("g3")};
    requireNoIssues(checkActiveGoalLimit(closedFourth, three));
}

TEST_CASE("Updating one of three active goals is not refused", "[core][rules][goals]")
{
    const std::vector<Goal> stored {activeGoal("g1"), activeGoal("g2"), activeGoal("g3")};
    requireNoIssues(checkActiveGoalLimit(activeGoal("g2"), stored));
}
