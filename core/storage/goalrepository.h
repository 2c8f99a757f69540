#pragma once

#include <optional>
#include <vector>

#include "core/domain/goal.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Goals of a course's plan with their status scores and sub-goals (one aggregate: written
/// together). Scores and sub-goals keep the order of their lists.
class GoalRepository
{
public:
    explicit GoalRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// Inserts the goal, its scores and sub-goals; the caller holds the transaction.
    void insert(const Goal &goal);
    /// Rewrites the goal row and both lists; the caller holds the transaction.
    void update(const Goal &goal);
    std::optional<Goal> byId(const QString &id) const;
    std::vector<Goal> forCourse(const QString &courseId) const;
    /// Every goal in the order they were stored (the export order).
    std::vector<Goal> all() const;

private:
    void insertChildren(const Goal &goal);
    std::vector<Goal> load(const QString &where, const QVariant &value) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
