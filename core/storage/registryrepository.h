#pragma once

#include <optional>
#include <vector>

#include <QDate>

#include "core/domain/course.h"
#include "core/domain/registryreport.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// A course that has something on the registry worklist, with the facts the list shows.
struct RegistryCourseRow
{
    Course course; // id, client, kind, legal basis, responsible and the three dates only
    QString clientName;
    QString cpr;
    QString responsibleName;
    std::vector<RegistryReport> reports;
    std::vector<QString> reportedByNames; // per report
};

/// Registry marks (an event of a course reported to its register) and the worklist's query.
class RegistryRepository
{
public:
    explicit RegistryRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    void insert(const RegistryReport &report);
    /// Removes a mistaken mark; false when there was none.
    bool remove(const QString &courseId, RegistryEvent event);
    std::optional<RegistryReport> find(const QString &courseId, RegistryEvent event) const;
    /// Every mark in the order it was stored (the export order).
    std::vector<RegistryReport> all() const;

    /// Courses of named clients, not SEL § 101 a, that have an event not yet marked, or a mark
    /// made on or after `reportedSince` (null: none), by course seq.
    std::vector<RegistryCourseRow> worklistCourses(const QDate &reportedSince) const;

private:
    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
