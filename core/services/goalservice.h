#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "aftercommit.h"
#include "clientservice.h"
#include "core/domain/goal.h"

namespace mestring::core {

class AccessLog;
class Database;

/// The goals of a course's plan (behandlingsplan): SMART goals, VUM status scores and
/// sub-goals. Enforces at most 3 active goals per course, scores 0-4 and one status score per
/// goal and date, and a closed date on every closed goal. Reads need ReadClinical, changes
/// WriteClinical; every read and change is written to the access log.
class GoalService : public QObject
{
    Q_OBJECT

public:
    GoalService(const Database &db, AccessLog &log, QObject *parent = nullptr);

    /// The goals of a course in the order they were added; logs the read.
    std::vector<Goal> forCourse(const Actor &actor, const QString &courseId);
    Goal get(const Actor &actor, const QString &goalId);

    /// Adds a goal (active unless told otherwise; assigns an id when empty). Refused when it
    /// would be the course's fourth active goal.
    SaveResult create(const Actor &actor, Goal goal);
    /// Changes theme, text, measure, deadline, baseline, target, status and closed date.
    /// Scores and sub-goals keep their own operations. Reopening counts toward the limit.
    /// Refused with EditConflict when the stored goal is no longer at `goal.version` (see
    /// ClientService::update for `loaded`).
    SaveResult update(const Actor &actor, const Goal &goal, const Goal *loaded = nullptr);
    /// Closes an active goal with how it ended (achieved, ..., abandoned) on `closedDate`.
    SaveResult close(
        const Actor &actor, const QString &goalId, GoalStatus status, const QDate &closedDate);
    /// Adds a status score (VUM 0-4); a second score on the same date is refused.
    SaveResult addScore(const Actor &actor, const QString &goalId, const QDate &date, int score);
    SaveResult addSubGoal(const Actor &actor, const QString &goalId, const SubGoal &subGoal);
    /// Marks sub-goal number `index` (in plan order) done on `doneDate`.
    SaveResult markSubGoalDone(
        const Actor &actor, const QString &goalId, int index, const QDate &doneDate);

Q_SIGNALS:
    void goalChanged(const QString &goalId, const QString &courseId);

private:
    Goal requireGoal(const QString &goalId) const;
    SaveResult save(const Actor &actor, const Goal &goal, bool isNew);

    const Database &m_db;
    AfterCommit m_after;
    AccessLog &m_log;
};

} // namespace mestring::core
