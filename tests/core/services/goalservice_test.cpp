#include "servicefixture.h"

#include "core/services/goalservice.h"
#include "core/storage/goalrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

struct GoalFixture : ServiceFixture
{
    GoalService goals {db, log};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Alcohol, QDate(2025, 1, 10));

    Goal goal(const char *text = "Drink at most 10 units a week")
    {
        Goal g;
        g.course = course;
        g.theme = Theme::SubstanceUse;
        g.text = QLatin1StringView(text).toString();
        g.baselineScore = 3;
        g.targetScore = 1;
        return g;
    }
    Goal stored(const QString &id) { return *GoalRepository(db).byId(id); }
};

} // namespace

TEST_CASE("A goal is added to a course's plan and the change is logged", "[core][services][goal]")
{
    GoalFixture f;
    const SaveResult saved = f.goals.create(f.therapist, f.goal());
    CHECK(f.stored(saved.id).status == GoalStatus::Active);
    CHECK(f.logged(QStringLiteral("create"), f.client) == 1);
    CHECK(f.goals.forCourse(f.therapist, f.course).size() == 1);
    CHECK(f.logged(QStringLiteral("read"), f.client) == 1);
}

TEST_CASE(
    "A fourth active goal on a course is refused with a clear message", "[core][services][goal]")
{
    GoalFixture f;
    for (int i = 0; i < 3; ++i)
        f.goals.create(f.therapist, f.goal());
    const QString message = f.refusedUnchanged([&] { f.goals.create(f.therapist, f.goal()); });
    CHECK(message.contains(QStringLiteral("3 active goals")));
}

TEST_CASE("A closed goal frees a place; reopening it when three are active is refused",
    "[core][services][goal]")
{
    GoalFixture f;
    const QString first = f.goals.create(f.therapist, f.goal()).id;
    f.goals.create(f.therapist, f.goal());
    f.goals.create(f.therapist, f.goal());
    f.goals.close(f.therapist, first, GoalStatus::Achieved, QDate(2025, 6, 1));
    f.goals.create(f.therapist, f.goal());
    Goal reopened = f.stored(first);
    reopened.status = GoalStatus::Active;
    reopened.closedDate = QDate();
    f.refusedUnchanged([&] { f.goals.update(f.therapist, reopened); });
}

TEST_CASE("Closing a goal needs how it ended and the closed date", "[core][services][goal]")
{
    GoalFixture f;
    const QString id = f.goals.create(f.therapist, f.goal()).id;
    f.refusedUnchanged(
        [&] { f.goals.close(f.therapist, id, GoalStatus::Active, QDate(2025, 6, 1)); });
    f.refusedUnchanged([&] { f.goals.close(f.therapist, id, GoalStatus::Abandoned, QDate()); });
    f.goals.close(f.therapist, id, GoalStatus::PartlyAchieved, QDate(2025, 6, 1));
    CHECK(f.stored(id).closedDate == QDate(2025, 6, 1));
}

TEST_CASE("Two status scores on one date are refused; scores outside 0-4 are refused",
    "[core][services][goal]")
{
    GoalFixture f;
    const QString id = f.goals.create(f.therapist, f.goal()).id;
    f.goals.addScore(f.therapist, id, QDate(2025, 4, 10), 2);
    f.refusedUnchanged([&] { f.goals.addScore(f.therapist, id, QDate(2025, 4, 10), 1); });
    f.refusedUnchanged([&] { f.goals.addScore(f.therapist, id, QDate(2025, 7, 10), 5); });
    f.refusedUnchanged([&] { f.goals.addScore(f.therapist, id, QDate(2025, 7, 10), -1); });
    f.goals.addScore(f.therapist, id, QDate(2025, 1, 10), 3);
    const Goal goal = f.stored(id);
    REQUIRE(goal.scores.size() == 2);
    CHECK(goal.scores.front().date == QDate(2025, 1, 10)); // kept in date order
}

TEST_CASE("A baseline outside the VUM scale is refused", "[core][services][goal]")
{
    GoalFixture f;
    Goal g = f.goal();
    g.baselineScore = 7;
    f.refusedUnchanged([&] { f.goals.create(f.therapist, g); });
}

TEST_CASE(
    "Sub-goals are added and marked done; one without text is refused", "[core][services][goal]")
{
    GoalFixture f;
    const QString id = f.goals.create(f.therapist, f.goal()).id;
    f.goals.addSubGoal(
        f.therapist, id, {QStringLiteral("Keep a drinking diary"), QDate(2025, 3, 1), {}});
    f.refusedUnchanged([&] { f.goals.addSubGoal(f.therapist, id, {QStringLiteral(" "), {}, {}}); });
    f.goals.markSubGoalDone(f.therapist, id, 0, QDate(2025, 2, 20));
    CHECK(f.stored(id).subgoals.at(0).doneDate == QDate(2025, 2, 20));
    f.refusedUnchanged<NotFound>(
        [&] { f.goals.markSubGoalDone(f.therapist, id, 3, QDate(2025, 2, 20)); });
}

TEST_CASE("Administrative and intake staff may not change goals", "[core][services][goal]")
{
    GoalFixture f;
    f.refusedUnchanged<PermissionDenied>([&] { f.goals.create(f.admin, f.goal()); });
    f.refusedUnchanged<PermissionDenied>([&] { f.goals.create(f.intake, f.goal()); });
    CHECK_THROWS_AS(f.goals.forCourse(f.admin, f.course), PermissionDenied);
}
