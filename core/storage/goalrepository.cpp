#include "goalrepository.h"

#include <QHash>

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns = QStringLiteral(
    "goals.id, goals.course, goals.theme, goals.text, goals.measure, goals.deadline, "
    "goals.baseline_score, goals.target_score, goals.status, goals.closed_date");

Goal goalFromRow(const SqlQuery &q)
{
    Goal g;
    g.id = q.value(0).toString();
    g.course = q.value(1).toString();
    g.theme = enumFrom(q.value(2), Theme::SelfManagement);
    g.text = textFrom(q.value(3));
    g.measure = textFrom(q.value(4));
    g.deadline = dateFrom(q.value(5));
    g.baselineScore = optionalIntFrom(q.value(6));
    g.targetScore = optionalIntFrom(q.value(7));
    g.status = enumFrom(q.value(8), GoalStatus::Active);
    g.closedDate = dateFrom(q.value(9));
    return g;
}

void bindGoal(SqlQuery &q, const Goal &g)
{
    q.bind(g.course)
        .bind(enumCode(g.theme))
        .bind(textValue(g.text))
        .bind(textValue(g.measure))
        .bind(dateValue(g.deadline))
        .bind(optionalValue(g.baselineScore))
        .bind(optionalValue(g.targetScore))
        .bind(enumCode(g.status))
        .bind(dateValue(g.closedDate))
        .bind(g.id);
}

} // namespace

void GoalRepository::insert(const Goal &goal)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO goals (course, theme, text, measure, deadline, baseline_score, "
        "target_score, status, closed_date, id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "%1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "goals")));
    bindGoal(q, goal);
    q.exec();
    insertChildren(goal);
}

void GoalRepository::update(const Goal &goal)
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE goals SET course = ?, theme = ?, text = ?, "
                       "measure = ?, deadline = ?, baseline_score = ?, "
                       "target_score = ?, status = ?, closed_date = ? WHERE id = ?"));
    bindGoal(q, goal);
    q.exec();
    for (const QString &table : {QStringLiteral("goal_scores"), QStringLiteral("subgoals")}) {
        SqlQuery del(
            m_db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE goal = ?"));
        del.bind(goal.id);
        del.exec();
    }
    insertChildren(goal);
}

void GoalRepository::insertChildren(const Goal &goal)
{
    static const QString scoreSql = QStringLiteral(
        "INSERT INTO goal_scores (goal, position, date, score) VALUES (?, ?, ?, ?)");
    static const QString subgoalSql = QStringLiteral(
        "INSERT INTO subgoals (goal, position, text, deadline, done_date) VALUES (?, ?, ?, ?, ?)");
    if (!goal.scores.empty()) {
        SqlQuery &q = m_statements.get(scoreSql);
        for (std::size_t i = 0; i < goal.scores.size(); ++i) {
            const GoalScore &s = goal.scores[i];
            q.bind(goal.id).bind(int(i)).bind(dateValue(s.date)).bind(s.score);
            q.exec();
        }
    }
    if (!goal.subgoals.empty()) {
        SqlQuery &q = m_statements.get(subgoalSql);
        for (std::size_t i = 0; i < goal.subgoals.size(); ++i) {
            const SubGoal &s = goal.subgoals[i];
            q.bind(goal.id)
                .bind(int(i))
                .bind(textValue(s.text))
                .bind(dateValue(s.deadline))
                .bind(dateValue(s.doneDate));
            q.exec();
        }
    }
}

// One query for the goals and one per child table (not one per goal), joined back by id.
std::vector<Goal> GoalRepository::load(const QString &where, const QVariant &value) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM goals ") + where
            + QStringLiteral(" ORDER BY goals.seq"));
    q.raw().setForwardOnly(true);
    if (value.isValid()) q.bind(value);
    q.exec();
    std::vector<Goal> goals;
    QHash<QString, std::size_t> index;
    while (q.next()) {
        goals.push_back(goalFromRow(q));
        index.insert(goals.back().id, goals.size() - 1);
    }
    if (goals.empty()) return goals;

    SqlQuery scores(m_db,
        QStringLiteral("SELECT s.goal, s.date, s.score FROM goal_scores s "
                       "JOIN goals ON goals.id = s.goal ")
            + where + QStringLiteral(" ORDER BY s.goal, s.position"));
    scores.raw().setForwardOnly(true);
    if (value.isValid()) scores.bind(value);
    scores.exec();
    while (scores.next()) {
        if (auto it = index.constFind(scores.value(0).toString()); it != index.cend())
            goals[*it].scores.push_back({dateFrom(scores.value(1)), scores.value(2).toInt()});
    }

    SqlQuery subgoals(m_db,
        QStringLiteral("SELECT s.goal, s.text, s.deadline, s.done_date "
                       "FROM subgoals s JOIN goals ON goals.id = s.goal ")
            + where + QStringLiteral(" ORDER BY s.goal, s.position"));
    subgoals.raw().setForwardOnly(true);
    if (value.isValid()) subgoals.bind(value);
    subgoals.exec();
    while (subgoals.next()) {
        if (auto it = index.constFind(subgoals.value(0).toString()); it != index.cend()) {
            goals[*it].subgoals.push_back({textFrom(subgoals.value(1)), dateFrom(subgoals.value(2)),
                dateFrom(subgoals.value(3))});
        }
    }
    return goals;
}

std::optional<Goal> GoalRepository::byId(const QString &id) const
{
    auto rows = load(QStringLiteral("WHERE goals.id = ?"), id);
    return rows.empty() ? std::nullopt : std::optional<Goal>(std::move(rows.front()));
}

std::vector<Goal> GoalRepository::forCourse(const QString &courseId) const
{
    return load(QStringLiteral("WHERE goals.course = ?"), courseId);
}

std::vector<Goal> GoalRepository::all() const
{
    return load(QString(), QVariant());
}

} // namespace mestring::core
