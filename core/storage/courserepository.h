#pragma once

#include <optional>
#include <vector>

#include "core/domain/course.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Treatment courses with their phase history (an aggregate: both are written together).
class CourseRepository
{
public:
    explicit CourseRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// Inserts the course and its phases; the caller holds the transaction.
    void insert(const Course &course);
    /// Rewrites the course row and its phase list; the caller holds the transaction.
    void update(const Course &course);
    std::optional<Course> byId(const QString &id) const;
    std::vector<Course> forClient(const QString &clientId) const;
    /// Every course in the order they were stored (the export order).
    std::vector<Course> all() const;

private:
    void insertPhases(const Course &course);
    std::vector<Course> load(const QString &where, const QVariant &value) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
