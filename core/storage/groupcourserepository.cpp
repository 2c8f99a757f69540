#include "groupcourserepository.h"

#include <QHash>

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

using GroupIndex = QHash<QString, std::size_t>;

GroupCourse groupFromRow(const SqlQuery &q)
{
    GroupCourse g;
    g.id = q.value(0).toString();
    g.name = q.value(1).toString();
    g.type = enumFrom(q.value(2), GroupType::Psychoeducation);
    g.capacity = optionalIntFrom(q.value(3));
    g.rolling = q.value(4).toBool();
    return g;
}

void bindGroup(SqlQuery &q, const GroupCourse &g)
{
    q.bind(g.name)
        .bind(enumCode(g.type))
        .bind(optionalValue(g.capacity))
        .bind(g.rolling)
        .bind(g.id);
}

// Reads one child list of the selected groups, in list order, and hands each row to `add`
// with the group it belongs to. `columns` follow the group id in the SELECT.
template <typename Add>
void loadList(const Database &db, const QString &table, const QString &columns,
    const QString &where, const std::vector<QVariant> &values, std::vector<GroupCourse> &groups,
    const GroupIndex &index, Add add)
{
    SqlQuery q(db,
        QStringLiteral("SELECT t.group_course, ") + columns + QStringLiteral(" FROM ") + table
            + QStringLiteral(" t JOIN group_courses ON group_courses.id = t.group_course ") + where
            + QStringLiteral(" ORDER BY t.group_course, t.position"));
    q.raw().setForwardOnly(true);
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    while (q.next()) {
        if (auto it = index.constFind(q.value(0).toString()); it != index.cend())
            add(groups[*it], q);
    }
}

} // namespace

void GroupCourseRepository::insert(const GroupCourse &group)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO group_courses (name, type, capacity, rolling, id, seq) VALUES (?, ?, ?, ?, ?, "
        "%1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "group_courses")));
    bindGroup(q, group);
    q.exec();
    insertLists(group);
}

void GroupCourseRepository::update(const GroupCourse &group)
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE group_courses SET name = ?, type = ?, capacity = ?, "
                       "rolling = ? WHERE id = ?"));
    bindGroup(q, group);
    q.exec();
    // Attendance first: it refers to the sessions.
    for (const char *table :
        {"group_attendance", "group_sessions", "group_members", "group_waiting", "group_leaders"}) {
        SqlQuery del(m_db,
            QStringLiteral("DELETE FROM ") + QLatin1StringView(table)
                + QStringLiteral(" WHERE group_course = ?"));
        del.bind(group.id);
        del.exec();
    }
    insertLists(group);
}

void GroupCourseRepository::setAttendance(const QString &groupId, const GroupAttendance &cell)
{
    SqlQuery change(m_db,
        QStringLiteral("UPDATE group_attendance SET status = ? "
                       "WHERE group_course = ? AND session = ? AND course = ?"));
    change.bind(enumCode(cell.status)).bind(groupId).bind(cell.session).bind(cell.course);
    change.exec();
    if (change.raw().numRowsAffected() > 0) return;
    SqlQuery add(m_db,
        QStringLiteral("INSERT INTO group_attendance (group_course, position, session, course, "
                       "status) SELECT ?, COALESCE(MAX(position) + 1, 0), ?, ?, ? "
                       "FROM group_attendance WHERE group_course = ?"));
    add.bind(groupId)
        .bind(cell.session)
        .bind(cell.course)
        .bind(enumCode(cell.status))
        .bind(groupId);
    add.exec();
}

void GroupCourseRepository::insertLists(const GroupCourse &group)
{
    insertSessions(group);
    insertPeople(group);
    insertAttendance(group);
}

void GroupCourseRepository::insertSessions(const GroupCourse &group)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO group_sessions (id, group_course, position, date, start_time, topic) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    if (group.sessions.empty()) return;
    SqlQuery &q = m_statements.get(sql);
    for (std::size_t i = 0; i < group.sessions.size(); ++i) {
        const GroupSession &s = group.sessions[i];
        q.bind(s.id)
            .bind(group.id)
            .bind(int(i))
            .bind(dateValue(s.date))
            .bind(timeValue(s.start))
            .bind(textValue(s.topic));
        q.exec();
    }
}

void GroupCourseRepository::insertPeople(const GroupCourse &group)
{
    static const QString leaderSql = QStringLiteral(
        "INSERT INTO group_leaders (group_course, position, staff) VALUES (?, ?, ?)");
    static const QString memberSql = QStringLiteral(
        "INSERT INTO group_members (group_course, position, course, from_date, to_date) "
        "VALUES (?, ?, ?, ?, ?)");
    static const QString waitingSql = QStringLiteral(
        "INSERT INTO group_waiting (group_course, position, course, asked_on) VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < group.leaders.size(); ++i) {
        SqlQuery &q = m_statements.get(leaderSql);
        q.bind(group.id).bind(int(i)).bind(group.leaders[i]);
        q.exec();
    }
    for (std::size_t i = 0; i < group.members.size(); ++i) {
        const GroupMember &m = group.members[i];
        SqlQuery &q = m_statements.get(memberSql);
        q.bind(group.id).bind(int(i)).bind(m.course).bind(dateValue(m.from)).bind(dateValue(m.to));
        q.exec();
    }
    for (std::size_t i = 0; i < group.waiting.size(); ++i) {
        const WaitingEntry &w = group.waiting[i];
        SqlQuery &q = m_statements.get(waitingSql);
        q.bind(group.id).bind(int(i)).bind(w.course).bind(dateValue(w.askedOn));
        q.exec();
    }
}

void GroupCourseRepository::insertAttendance(const GroupCourse &group)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO group_attendance (group_course, position, session, course, status) "
        "VALUES (?, ?, ?, ?, ?)");
    if (group.attendance.empty()) return;
    SqlQuery &q = m_statements.get(sql);
    for (std::size_t i = 0; i < group.attendance.size(); ++i) {
        const GroupAttendance &a = group.attendance[i];
        q.bind(group.id).bind(int(i)).bind(a.session).bind(a.course).bind(enumCode(a.status));
        q.exec();
    }
}

std::vector<GroupCourse> GroupCourseRepository::load(
    const QString &where, const std::vector<QVariant> &values) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id, name, type, capacity, rolling FROM group_courses ") + where
            + QStringLiteral(" ORDER BY seq"));
    q.raw().setForwardOnly(true);
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    std::vector<GroupCourse> groups;
    GroupIndex index;
    while (q.next()) {
        groups.push_back(groupFromRow(q));
        index.insert(groups.back().id, groups.size() - 1);
    }
    if (groups.empty()) return groups;
    loadList(m_db, QStringLiteral("group_leaders"), QStringLiteral("t.staff"), where, values,
        groups, index,
        [](GroupCourse &g, const SqlQuery &r) { g.leaders.push_back(r.value(1).toString()); });
    loadList(m_db, QStringLiteral("group_sessions"),
        QStringLiteral("t.id, t.date, t.start_time, t.topic"), where, values, groups, index,
        [](GroupCourse &g, const SqlQuery &r) {
            g.sessions.push_back({r.value(1).toString(), dateFrom(r.value(2)), timeFrom(r.value(3)),
                textFrom(r.value(4))});
        });
    loadList(m_db, QStringLiteral("group_members"),
        QStringLiteral("t.course, t.from_date, t.to_date"), where, values, groups, index,
        [](GroupCourse &g, const SqlQuery &r) {
            g.members.push_back(
                {r.value(1).toString(), dateFrom(r.value(2)), dateFrom(r.value(3))});
        });
    loadList(m_db, QStringLiteral("group_waiting"), QStringLiteral("t.course, t.asked_on"), where,
        values, groups, index, [](GroupCourse &g, const SqlQuery &r) {
            g.waiting.push_back({r.value(1).toString(), dateFrom(r.value(2))});
        });
    loadList(m_db, QStringLiteral("group_attendance"),
        QStringLiteral("t.session, t.course, t.status"), where, values, groups, index,
        [](GroupCourse &g, const SqlQuery &r) {
            g.attendance.push_back({r.value(1).toString(), r.value(2).toString(),
                enumFrom(r.value(3), AttendanceStatus::Attended)});
        });
    return groups;
}

std::optional<GroupCourse> GroupCourseRepository::byId(const QString &id) const
{
    auto rows = load(QStringLiteral("WHERE group_courses.id = ?"), {id});
    return rows.empty() ? std::nullopt : std::optional<GroupCourse>(std::move(rows.front()));
}

std::vector<GroupCourse> GroupCourseRepository::forCourse(const QString &courseId) const
{
    return load(QStringLiteral("WHERE group_courses.id IN (SELECT group_course FROM group_members "
                               "WHERE course = ? UNION SELECT group_course FROM group_waiting "
                               "WHERE course = ?)"),
        {courseId, courseId});
}

std::vector<GroupCourse> GroupCourseRepository::all() const
{
    return load(QString(), {});
}

std::optional<QString> GroupCourseRepository::groupOfSession(const QString &sessionId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT group_course FROM group_sessions WHERE id = ?"));
    q.bind(sessionId);
    const QVariant group = q.scalar();
    return group.isNull() ? std::nullopt : std::optional<QString>(group.toString());
}

} // namespace mestring::core
