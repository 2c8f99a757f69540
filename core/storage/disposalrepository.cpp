#include "disposalrepository.h"

#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

// Subqueries naming a client's rows; "?" is the client id. Our own constants, never user data.
const QString courses = QStringLiteral("(SELECT id FROM courses WHERE client = ?)");
const QString goals = QStringLiteral(
    "(SELECT id FROM goals WHERE course IN (SELECT id FROM courses WHERE client = ?))");
const QString prescriptions = QStringLiteral("(SELECT id FROM prescriptions WHERE client = ?)");

// Each: a table and the condition that selects the client's rows in it, children first.
const std::pair<const char *, const QString> clientRows[] = {
    {"dispensings", QStringLiteral("prescription IN ") + prescriptions},
    {"prescriptions", QStringLiteral("client = ?")},
    {"group_attendance", QStringLiteral("course IN ") + courses},
    {"group_members", QStringLiteral("course IN ") + courses},
    {"group_waiting", QStringLiteral("course IN ") + courses},
    {"goal_scores", QStringLiteral("goal IN ") + goals},
    {"subgoals", QStringLiteral("goal IN ") + goals},
    {"goals", QStringLiteral("course IN ") + courses},
    {"assessments", QStringLiteral("course IN ") + courses},
    {"appointments", QStringLiteral("course IN ") + courses},
    {"notes", QStringLiteral("client = ?")},
    {"course_phases", QStringLiteral("course IN ") + courses},
    {"courses", QStringLiteral("client = ?")},
    {"absences", QStringLiteral("client = ?")},
    {"clients", QStringLiteral("id = ?")},
};

} // namespace

QDate DisposalRepository::lastEntryDate(const QString &clientId) const
{
    // Dates are 'YYYY-MM-DD' text (date-times start with one), so the largest string is the
    // latest day. Planned deadlines are not entries and do not count.
    const QString sql = QStringLiteral(
        "SELECT MAX(d) FROM ("
        "SELECT MAX(consent_date) AS d FROM clients WHERE id = ? "
        "UNION ALL SELECT MAX(COALESCE(end_date, start_date, request_date)) FROM courses "
        "WHERE client = ? "
        "UNION ALL SELECT MAX(date) FROM course_phases WHERE course IN %1 "
        "UNION ALL SELECT MAX(closed_date) FROM goals WHERE course IN %1 "
        "UNION ALL SELECT MAX(date) FROM goal_scores WHERE goal IN %2 "
        "UNION ALL SELECT MAX(done_date) FROM subgoals WHERE goal IN %2 "
        "UNION ALL SELECT MAX(date) FROM assessments WHERE course IN %1 "
        "UNION ALL SELECT MAX(start_day) FROM appointments WHERE course IN %1 "
        "UNION ALL SELECT MAX(COALESCE(to_date, from_date)) FROM absences WHERE client = ? "
        "UNION ALL SELECT MAX(COALESCE(to_date, from_date)) FROM group_members WHERE course IN %1 "
        "UNION ALL SELECT MAX(s.date) FROM group_attendance a JOIN group_sessions s "
        "ON s.id = a.session WHERE a.course IN %1 "
        "UNION ALL SELECT MAX(COALESCE(end_date, start_date)) FROM prescriptions WHERE client = ? "
        "UNION ALL SELECT MAX(date) FROM dispensings WHERE prescription IN %3 "
        "UNION ALL SELECT MAX(written_day) FROM notes WHERE client = ? "
        "UNION ALL SELECT MAX(substr(at, 1, 10)) FROM access_log WHERE client = ? "
        "AND action IN ('create', 'change', 'import')) AS entries")
                            .arg(courses, goals, prescriptions);
    SqlQuery q(m_db, sql);
    for (int i = sql.count(QLatin1Char('?')); i > 0; --i)
        q.bind(clientId);
    return dateFrom(q.scalar());
}

qint64 DisposalRepository::recordCount(const QString &clientId) const
{
    qint64 total = 0;
    for (const auto &[table, condition] : clientRows) {
        const QString sql = QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table)
            + QStringLiteral(" WHERE ") + condition;
        SqlQuery q(m_db, sql);
        for (int i = condition.count(QLatin1Char('?')); i > 0; --i)
            q.bind(clientId);
        total += q.scalar().toLongLong();
    }
    // Phases, scores and sub-goals of a course counted above are rows of one record each.
    return total;
}

bool DisposalRepository::isDisposed(const QString &clientId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM disposals WHERE client = ?"));
    q.bind(clientId);
    return q.scalar().toInt() > 0;
}

void DisposalRepository::insertDisposal(const QString &clientId, const QDateTime &at,
    const QString &actorId, const QDate &lastEntry, qint64 records)
{
    SqlQuery q(m_db,
        QStringLiteral("INSERT INTO disposals (client, disposed_at, actor, "
                       "last_entry, records) VALUES (?, ?, ?, ?, ?)"));
    q.bind(clientId).bind(dateTimeValue(at)).bind(actorId).bind(dateValue(lastEntry)).bind(records);
    q.exec();
}

void DisposalRepository::deleteClientRecords(const QString &clientId)
{
    for (const auto &[table, condition] : clientRows) {
        const QString sql = QStringLiteral("DELETE FROM ") + QLatin1StringView(table)
            + QStringLiteral(" WHERE ") + condition;
        SqlQuery q(m_db, sql);
        for (int i = condition.count(QLatin1Char('?')); i > 0; --i)
            q.bind(clientId);
        q.exec();
    }
}

} // namespace mestring::core
