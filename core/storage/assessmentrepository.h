#pragma once

#include <optional>
#include <vector>

#include "core/domain/assessment.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Status assessments (statusmålinger) of courses.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// The caller holds the transaction when this is part of a larger change.
    void insert(const Assessment &assessment);
    void update(const Assessment &assessment);
    std::optional<Assessment> byId(const QString &id) const;
    /// A course's assessments, earliest first (same date: smaller id first, as domain.md).
    std::vector<Assessment> forCourse(const QString &courseId) const;
    /// Every assessment in the order they were stored (the export order).
    std::vector<Assessment> all() const;

private:
    std::vector<Assessment> load(const QString &whereAndOrder, const QVariant &value) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
