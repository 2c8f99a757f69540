#include "staffrepository.h"

#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns = QStringLiteral("id, name, role, username, active, team");

StaffMember staffFromRow(const SqlQuery &q)
{
    StaffMember s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.role = parseEnum<Role>(q.value(2).toString()).value_or(Role::Therapist);
    s.username = textFrom(q.value(3));
    s.active = q.value(4).toBool();
    s.team = textFrom(q.value(5));
    return s;
}

std::vector<StaffMember> collect(SqlQuery &q)
{
    q.raw().setForwardOnly(true); // rows are read once; SQLite then keeps no copy of them
    q.exec();
    std::vector<StaffMember> result;
    while (q.next())
        result.push_back(staffFromRow(q));
    return result;
}

} // namespace

void StaffRepository::insert(const StaffMember &m)
{
    // seq numbers the rows in the order they were stored: the export order (schemav1.cpp).
    static const QString sql = QStringLiteral(
        "INSERT INTO staff (id, name, role, username, active, team, seq) VALUES (?, ?, ?, ?, ?, "
        "?, %1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "staff")));
    q.bind(m.id).bind(m.name).bind(enumCode(m.role)).bind(textValue(m.username)).bind(m.active);
    q.bind(textValue(m.team));
    q.exec();
}

void StaffRepository::update(const StaffMember &m)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE staff SET name = ?, role = ?, username = ?, active = ?, "
                                    "team = ? WHERE id = ?"));
    q.bind(m.name).bind(enumCode(m.role)).bind(textValue(m.username)).bind(m.active);
    q.bind(textValue(m.team)).bind(m.id);
    q.exec();
}

std::optional<StaffMember> StaffRepository::byId(const QString &id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM staff WHERE id = ?"));
    q.bind(id);
    auto rows = collect(q);
    return rows.empty() ? std::nullopt : std::optional<StaffMember>(rows.front());
}

std::optional<StaffMember> StaffRepository::byUsername(const QString &username) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + columns
                         + QStringLiteral(" FROM staff WHERE lower(username) = lower(?)"));
    q.bind(username);
    auto rows = collect(q);
    return rows.empty() ? std::nullopt : std::optional<StaffMember>(rows.front());
}

std::vector<StaffMember> StaffRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM staff ORDER BY seq"));
    return collect(q);
}

Credentials StaffRepository::credentials(const QString &id, bool withHash) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT %1, failed_logins, locked_until, must_change_password FROM staff "
                       "WHERE id = ?")
            .arg(withHash ? QStringLiteral("password_hash") : QStringLiteral("NULL")));
    q.bind(id);
    q.exec();
    Credentials c;
    if (q.next()) {
        c.passwordHash = textFrom(q.value(0));
        c.failedLogins = q.value(1).toInt();
        c.lockedUntil = dateTimeFrom(q.value(2));
        c.mustChange = q.value(3).toBool();
    }
    return c;
}

void StaffRepository::setPasswordHash(const QString &id, const QString &hash, bool mustChange)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE staff SET password_hash = ?, failed_logins = 0, "
                                    "locked_until = NULL, must_change_password = ? WHERE id = ?"));
    q.bind(hash).bind(mustChange).bind(id);
    q.exec();
}

void StaffRepository::setLoginState(const QString &id, int failedLogins, const QDateTime &lockedUntil)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE staff SET failed_logins = ?, locked_until = ? WHERE id = ?"));
    q.bind(failedLogins).bind(dateTimeValue(lockedUntil)).bind(id);
    q.exec();
}

} // namespace mestring::core
