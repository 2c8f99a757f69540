#include "goalservice.h"

#include <algorithm>

#include <QCoreApplication>

#include "accessdetail.h"
#include "accesslog.h"
#include "core/domain/ids.h"
#include "core/domain/rules/goalrules.h"
#include "core/storage/database.h"
#include "core/storage/goalrepository.h"
#include "core/storage/rowversion.h"
#include "editconflict.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

QString detailOf(const Goal &goal)
{
    return accessDetail(AccessTopic::Goal, {goal.id});
}

} // namespace

GoalService::GoalService(const Database &db, AccessLog &log, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
{
}

std::vector<Goal> GoalService::forCourse(const Actor &actor, const QString &courseId)
{
    requirePermission(actor, Permission::ReadClinical);
    const Course course = requireCourse(m_db, courseId);
    m_log.record(
        actor, AccessKind::Read, course.client, accessDetail(AccessTopic::Goals, {courseId}));
    return GoalRepository(m_db).forCourse(courseId);
}

Goal GoalService::get(const Actor &actor, const QString &goalId)
{
    requirePermission(actor, Permission::ReadClinical);
    Goal goal = requireGoal(goalId);
    m_log.record(actor, AccessKind::Read, requireCourse(m_db, goal.course).client, detailOf(goal));
    return goal;
}

Goal GoalService::requireGoal(const QString &goalId) const
{
    std::optional<Goal> goal = GoalRepository(m_db).byId(goalId);
    if (!goal) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The goal no longer exists. "
            "Open the plan again."));
    }
    return *goal;
}

SaveResult GoalService::save(const Actor &actor, const Goal &goal, bool isNew)
{
    const Course course = requireCourse(m_db, goal.course);
    lockRow(m_db, "courses", course.id); // the course's active goals are counted next
    RuleIssues issues = checkGoal(goal);
    const std::vector<Goal> courseGoals = GoalRepository(m_db).forCourse(goal.course);
    appendIssues(issues, checkActiveGoalLimit(goal, courseGoals));
    refuseOnErrors(issues);
    if (isNew) {
        GoalRepository(m_db).insert(goal);
    } else {
        claimVersion(m_db, "goals", goal.id, goal.version, actor.staffId, m_log.clock().now());
        GoalRepository(m_db).update(goal);
    }
    m_log.appendInTransaction(actor, isNew ? AccessKind::Create : AccessKind::Change, course.client,
        QString(), detailOf(goal));
    m_after.add([this, id = goal.id, course = goal.course] { Q_EMIT goalChanged(id, course); });
    return {goal.id, issues};
}

SaveResult GoalService::create(const Actor &actor, Goal goal)
{
    requirePermission(actor, Permission::WriteClinical);
    if (goal.id.isEmpty()) goal.id = newId();
    return m_after.run(m_db, [&] { return save(actor, goal, true); });
}

SaveResult GoalService::update(const Actor &actor, const Goal &changed, const Goal *loaded)
{
    requirePermission(actor, Permission::WriteClinical);
    return m_after.run(m_db, [&] {
        Goal goal = requireGoal(changed.id);
        requireVersion(m_db, "goals", goal, changed.version, loaded ? *loaded : changed);
        goal.theme = changed.theme;
        goal.text = changed.text;
        goal.measure = changed.measure;
        goal.deadline = changed.deadline;
        goal.baselineScore = changed.baselineScore;
        goal.targetScore = changed.targetScore;
        goal.status = changed.status;
        goal.closedDate = changed.closedDate;
        return save(actor, goal, false);
    });
}

SaveResult GoalService::close(
    const Actor &actor, const QString &goalId, GoalStatus status, const QDate &closedDate)
{
    requirePermission(actor, Permission::WriteClinical);
    return m_after.run(m_db, [&] {
        Goal goal = requireGoal(goalId);
        if (status == GoalStatus::Active) {
            refuse(QStringLiteral("status"),
                QCoreApplication::translate("mestring",
                    "Choose how the goal ended: achieved, "
                    "partly achieved, not achieved or "
                    "abandoned."));
        }
        goal.status = status;
        goal.closedDate = closedDate;
        return save(actor, goal, false);
    });
}

SaveResult GoalService::addScore(
    const Actor &actor, const QString &goalId, const QDate &date, int score)
{
    requirePermission(actor, Permission::WriteClinical);
    return m_after.run(m_db, [&] {
        Goal goal = requireGoal(goalId);
        goal.scores.push_back({date, score});
        // Kept in date order so the latest score is last, whatever order they were entered in.
        std::stable_sort(goal.scores.begin(), goal.scores.end(),
            [](const GoalScore &a, const GoalScore &b) { return a.date < b.date; });
        return save(actor, goal, false);
    });
}

SaveResult GoalService::addSubGoal(
    const Actor &actor, const QString &goalId, const SubGoal &subGoal)
{
    requirePermission(actor, Permission::WriteClinical);
    return m_after.run(m_db, [&] {
        Goal goal = requireGoal(goalId);
        goal.subgoals.push_back(subGoal);
        return save(actor, goal, false);
    });
}

SaveResult GoalService::markSubGoalDone(
    const Actor &actor, const QString &goalId, int index, const QDate &doneDate)
{
    requirePermission(actor, Permission::WriteClinical);
    return m_after.run(m_db, [&] {
        Goal goal = requireGoal(goalId);
        if (index < 0 || std::size_t(index) >= goal.subgoals.size()) {
            throw NotFound(QCoreApplication::translate("mestring",
                "The sub-goal no longer exists. "
                "Open the plan again."));
        }
        if (!doneDate.isValid()) {
            refuse(QStringLiteral("done_date"),
                QCoreApplication::translate("mestring",
                    "Enter the day the sub-goal was "
                    "done."));
        }
        goal.subgoals[std::size_t(index)].doneDate = doneDate;
        return save(actor, goal, false);
    });
}

} // namespace mestring::core
