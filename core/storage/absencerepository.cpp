#include "absencerepository.h"

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns = QStringLiteral("id, client, from_date, to_date, reason, note");

Absence absenceFromRow(const SqlQuery &q)
{
    Absence a;
    a.id = q.value(0).toString();
    a.client = q.value(1).toString();
    a.from = dateFrom(q.value(2));
    a.to = dateFrom(q.value(3));
    a.reason = enumFrom(q.value(4), AbsenceReason::Other);
    a.note = textFrom(q.value(5));
    return a;
}

void bindAbsence(SqlQuery &q, const Absence &a)
{
    q.bind(a.client)
        .bind(dateValue(a.from))
        .bind(dateValue(a.to))
        .bind(enumCode(a.reason))
        .bind(textValue(a.note))
        .bind(a.id);
}

} // namespace

void AbsenceRepository::insert(const Absence &absence)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO absences (client, from_date, to_date, reason, note, id, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, %1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "absences")));
    bindAbsence(q, absence);
    q.exec();
}

void AbsenceRepository::update(const Absence &absence)
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE absences SET client = ?, from_date = ?, to_date = ?, "
                       "reason = ?, note = ? WHERE id = ?"));
    bindAbsence(q, absence);
    q.exec();
}

std::vector<Absence> AbsenceRepository::load(
    const QString &whereAndOrder, const QVariant &value) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM absences ") + whereAndOrder);
    q.raw().setForwardOnly(true);
    if (value.isValid()) q.bind(value);
    q.exec();
    std::vector<Absence> result;
    while (q.next())
        result.push_back(absenceFromRow(q));
    return result;
}

std::optional<Absence> AbsenceRepository::byId(const QString &id) const
{
    auto rows = load(QStringLiteral("WHERE id = ?"), id);
    return rows.empty() ? std::nullopt : std::optional<Absence>(rows.front());
}

std::vector<Absence> AbsenceRepository::forClient(const QString &clientId) const
{
    return load(QStringLiteral("WHERE client = ? ORDER BY from_date, id"), clientId);
}

std::vector<CalendarAbsence> AbsenceRepository::calendar(
    const QDate &from, const QDate &to, const QString &staffId) const
{
    QString sql = QStringLiteral("SELECT absences.id, absences.client, absences.from_date, "
                                 "absences.to_date, absences.reason, absences.note, "
                                 "clients.first_name, clients.last_name, clients.alias, "
                                 "clients.anonymous FROM absences "
                                 "JOIN clients ON clients.id = absences.client "
                                 "WHERE absences.from_date <= ? "
                                 "AND (absences.to_date IS NULL OR absences.to_date >= ?) ");
    if (!staffId.isEmpty()) {
        sql += QStringLiteral(
            "AND absences.client IN (SELECT client FROM courses WHERE responsible = ? "
            "AND end_date IS NULL UNION SELECT courses.client FROM appointments "
            "JOIN courses ON courses.id = appointments.course WHERE appointments.staff = ? "
            "AND appointments.start_day >= ? AND appointments.start_day <= ?) ");
    }
    sql += QStringLiteral("ORDER BY absences.from_date, absences.id");
    SqlQuery q(m_db, sql);
    q.raw().setForwardOnly(true);
    q.bind(dateValue(to)).bind(dateValue(from));
    if (!staffId.isEmpty()) q.bind(staffId).bind(staffId).bind(dateValue(from)).bind(dateValue(to));
    q.exec();
    std::vector<CalendarAbsence> result;
    while (q.next()) {
        result.push_back({absenceFromRow(q), clientNameFrom(q, 6)});
    }
    return result;
}

std::vector<Absence> AbsenceRepository::all() const
{
    return load(QStringLiteral("ORDER BY seq"), QVariant());
}

} // namespace mestring::core
