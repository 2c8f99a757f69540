#pragma once

#include <optional>
#include <vector>

#include "core/domain/groupcourse.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Group courses (gruppeforløb) with leaders, sessions, members, waiting list and attendance
/// register: one aggregate, written together. Every list keeps its order (a `position` column),
/// so the waiting list stays in the order people asked.
class GroupCourseRepository
{
public:
    explicit GroupCourseRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// Inserts the group and all its lists; the caller holds the transaction.
    void insert(const GroupCourse &group);
    /// Rewrites the group row and all its lists; the caller holds the transaction.
    void update(const GroupCourse &group);
    /// Records one cell of the register: the member's status at the session, changed in place
    /// or added after the group's last cell; nothing else of the group is written. The caller
    /// holds the transaction and the register's lock (lockForAppend "group_attendance").
    void setAttendance(const QString &groupId, const GroupAttendance &cell);
    std::optional<GroupCourse> byId(const QString &id) const;
    /// Groups in which the treatment course is or was a member or is waiting.
    std::vector<GroupCourse> forCourse(const QString &courseId) const;
    /// Every group in the order they were stored (the export order).
    std::vector<GroupCourse> all() const;
    /// The id of the group a session belongs to; nullopt when no group has it.
    std::optional<QString> groupOfSession(const QString &sessionId) const;

private:
    void insertLists(const GroupCourse &group);
    void insertSessions(const GroupCourse &group);
    void insertPeople(const GroupCourse &group);
    void insertAttendance(const GroupCourse &group);
    std::vector<GroupCourse> load(const QString &where, const std::vector<QVariant> &values) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
