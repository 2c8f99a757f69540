#include "disposalrepository.h"

#include <optional>

#include <QCoreApplication>

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"
#include "storageerror.h"

namespace mestring::core {

namespace {

// Subqueries naming a client's rows; "?" is the client id. Our own constants, never user data.
const QString courses = QStringLiteral("(SELECT id FROM courses WHERE client = ?)");
const QString goals = QStringLiteral(
    "(SELECT id FROM goals WHERE course IN (SELECT id FROM courses WHERE client = ?))");
const QString prescriptions = QStringLiteral("(SELECT id FROM prescriptions WHERE client = ?)");

// Each: a table and the condition that selects the client's rows in it, children first.
const std::pair<const char *, const QString> clientRows[] = {
    {"corrections",
        QStringLiteral("annuls IN (SELECT id FROM dispensings WHERE prescription IN ")
            + prescriptions + QLatin1Char(')')},
    {"feedback", QStringLiteral("client = ?")},
    {"registry_reports", QStringLiteral("course IN ") + courses},
    {"waiting_lists", QStringLiteral("client = ?")},
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

// Every dated entry about a client, as (client, day) from one table: consent, course dates and
// phases, goal closings and scores, sub-goals done, assessments, appointments, absences, group
// membership, waiting and attendance, prescriptions, dispensings, notes, and the access log's
// creations and changes of the client still kept. Dates are 'YYYY-MM-DD' text (the access
// log's times start with their date; a server's DATE is cast), so the largest string is the latest day. A
// course, prescription, group place or absence without an end is still running: it counts as
// an entry of the centre's today (the "?" in its day), so nobody in treatment is ever
// disposable. Planned deadlines are not entries.
struct EntrySource
{
    const char *client;
    const char *day;
    const char *from;
    const char *where;
};
const EntrySource entrySources[] = {
    {"id", "consent_date", "clients", nullptr},
    {"client", "COALESCE(end_date, ?)", "courses", nullptr},
    {"k.client", "p.date", "course_phases p JOIN courses k ON k.id = p.course", nullptr},
    {"k.client", "g.closed_date", "goals g JOIN courses k ON k.id = g.course", nullptr},
    {"k.client", "s.date",
        "goal_scores s JOIN goals g ON g.id = s.goal JOIN courses k ON k.id = g.course", nullptr},
    {"k.client", "s.done_date",
        "subgoals s JOIN goals g ON g.id = s.goal JOIN courses k ON k.id = g.course", nullptr},
    {"k.client", "a.date", "assessments a JOIN courses k ON k.id = a.course", nullptr},
    {"k.client", "a.start_day", "appointments a JOIN courses k ON k.id = a.course", nullptr},
    {"client", "COALESCE(to_date, ?)", "absences", nullptr},
    {"k.client", "COALESCE(m.to_date, ?)", "group_members m JOIN courses k ON k.id = m.course",
        nullptr},
    {"k.client", "w.asked_on", "group_waiting w JOIN courses k ON k.id = w.course", nullptr},
    {"k.client", "s.date",
        "group_attendance a JOIN group_sessions s ON s.id = a.session "
        "JOIN courses k ON k.id = a.course",
        nullptr},
    {"client", "COALESCE(end_date, ?)", "prescriptions", nullptr},
    {"p.client", "d.date", "dispensings d JOIN prescriptions p ON p.id = d.prescription", nullptr},
    {"p.client", "substr(c.at, 1, 10)",
        "corrections c JOIN dispensings d ON d.id = c.annuls "
        "JOIN prescriptions p ON p.id = d.prescription",
        nullptr},
    {"client", "written_day", "notes", nullptr},
    {"client", "date", "feedback", nullptr},
    {"client", "COALESCE(taken_off, CURRENT_DATE)", "waiting_lists", "client IS NOT NULL"},
    {"client", "substr(at, 1, 10)", "access_log", "action IN ('create', 'change', 'import')"},
};

// The latest day per client from every source; with `oneClient`, only the client bound to
// each source's WHERE (the one-client and the all-clients query differ in nothing else).
QString entriesSql(bool oneClient)
{
    QStringList parts;
    for (const EntrySource &source : entrySources) {
        const QString client = QLatin1StringView(source.client);
        QString part
            = QStringLiteral("SELECT %1 AS client, MAX(CAST(%2 AS TEXT)) AS day FROM %3")
                  .arg(client, QLatin1StringView(source.day), QLatin1StringView(source.from));
        QStringList conditions;
        if (oneClient) conditions << client + QStringLiteral(" = ?");
        if (source.where) conditions << QLatin1StringView(source.where);
        if (!conditions.isEmpty())
            part += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        parts << part + QStringLiteral(" GROUP BY ") + client;
    }
    return parts.join(QStringLiteral(" UNION ALL "));
}

// Binds each source's values in the order of entriesSql(): its today, then its client.
void bindEntrySources(SqlQuery &q, const QDate &today, const QString &oneClient)
{
    for (const EntrySource &source : entrySources) {
        if (QLatin1StringView(source.day).contains(QLatin1Char('?'))) q.bind(dateValue(today));
        if (!oneClient.isEmpty()) q.bind(oneClient);
    }
}

// A stored day that is not a date cannot show that the period has run: nothing is disposed of
// on it. Null (nothing dated) is an invalid date.
std::optional<QDate> readableDay(const QVariant &value)
{
    const QDate day = dateFrom(value);
    if (!value.isNull() && !day.isValid()) return std::nullopt;
    return day;
}

} // namespace

QDate DisposalRepository::lastEntryDate(const QString &clientId, const QDate &today) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT MAX(day) FROM (%1) AS entries").arg(entriesSql(true)));
    bindEntrySources(q, today, clientId);
    const QVariant value = q.scalar();
    const std::optional<QDate> day = readableDay(value);
    if (!day) {
        throw StorageError(QCoreApplication::translate("mestring",
            "A date about the client cannot be read ('%1'), so the end of the retention period "
            "is unknown. Nothing was disposed of; have the date corrected first.")
                               .arg(value.toString()));
    }
    return *day;
}

QList<DisposalCandidate> DisposalRepository::lastEntries(const QDate &today) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT c.id, c.first_name, c.last_name, c.alias, c.anonymous, c.cpr, "
                       "MAX(e.day) FROM clients c LEFT JOIN (%1) AS e ON e.client = c.id "
                       "GROUP BY c.id, c.first_name, c.last_name, c.alias, c.anonymous, c.cpr")
            .arg(entriesSql(false)));
    bindEntrySources(q, today, QString());
    q.exec();
    QList<DisposalCandidate> clients;
    while (q.next()) {
        const std::optional<QDate> day = readableDay(q.value(6));
        if (!day) continue; // an unreadable date: never listed as disposable
        clients.append({q.value(0).toString(), clientNameFrom(q, 1), textFrom(q.value(5)), *day});
    }
    return clients;
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

QList<Disposal> DisposalRepository::disposals() const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT d.client, d.disposed_at, COALESCE(s.name, d.actor), d.last_entry, "
                       "d.records FROM disposals d LEFT JOIN staff s ON s.id = d.actor "
                       "ORDER BY d.disposed_at DESC, d.client"));
    q.exec();
    QList<Disposal> result;
    while (q.next()) {
        result.append({q.value(0).toString(), dateTimeFrom(q.value(1)), q.value(2).toString(),
            dateFrom(q.value(3)), q.value(4).toLongLong()});
    }
    return result;
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
