#include "appointmentrepository.h"

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns = QStringLiteral(
    "appointments.id, appointments.course, appointments.staff, appointments.type, "
    "appointments.start_at, appointments.minutes, appointments.location, appointments.status");

Appointment appointmentFromRow(const SqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toString();
    a.course = q.value(1).toString();
    a.staff = textFrom(q.value(2));
    a.type = enumFrom(q.value(3), AppointmentType::Individual);
    a.start = dateTimeFrom(q.value(4));
    a.minutes = q.value(5).toInt();
    a.location = textFrom(q.value(6));
    a.status = enumFrom(q.value(7), AppointmentStatus::Planned);
    return a;
}

void bindAppointment(SqlQuery &q, const Appointment &a)
{
    // start_day is the centre's calendar date of the start, not the UTC date.
    q.bind(a.course)
        .bind(textValue(a.staff))
        .bind(enumCode(a.type))
        .bind(dateTimeValue(a.start))
        .bind(dateValue(a.startDay()))
        .bind(a.minutes)
        .bind(textValue(a.location))
        .bind(enumCode(a.status))
        .bind(a.id);
}

} // namespace

void AppointmentRepository::insert(const Appointment &appointment)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO appointments (course, staff, type, start_at, start_day, minutes, location, "
        "status, id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "%1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "appointments")));
    bindAppointment(q, appointment);
    q.exec();
}

void AppointmentRepository::update(const Appointment &appointment)
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE appointments SET course = ?, staff = ?, type = ?, "
                       "start_at = ?, start_day = ?, minutes = ?, location = ?, "
                       "status = ? WHERE id = ?"));
    bindAppointment(q, appointment);
    q.exec();
}

std::vector<Appointment> AppointmentRepository::load(
    const QString &whereAndOrder, const std::vector<QVariant> &values) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM appointments ")
            + whereAndOrder);
    q.raw().setForwardOnly(true);
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    std::vector<Appointment> result;
    while (q.next())
        result.push_back(appointmentFromRow(q));
    return result;
}

std::optional<Appointment> AppointmentRepository::byId(const QString &id) const
{
    auto rows = load(QStringLiteral("WHERE id = ?"), {id});
    return rows.empty() ? std::nullopt : std::optional<Appointment>(rows.front());
}

std::vector<Appointment> AppointmentRepository::forCourse(const QString &courseId) const
{
    return load(QStringLiteral("WHERE course = ? ORDER BY start_at, id"), {courseId});
}

std::vector<Appointment> AppointmentRepository::forStaff(
    const QString &staffId, const QDate &from, const QDate &to) const
{
    return load(QStringLiteral("WHERE staff = ? AND start_day >= ? AND start_day <= ? "
                               "ORDER BY start_day, start_at, id"),
        {staffId, dateValue(from), dateValue(to)});
}

std::vector<Appointment> AppointmentRepository::onDay(const QDate &day) const
{
    return load(QStringLiteral("WHERE start_day = ? ORDER BY start_at, id"), {dateValue(day)});
}

std::vector<Appointment> AppointmentRepository::forClient(
    const QString &clientId, const QDate &from, const QDate &to) const
{
    // An open end compares against the latest possible day, so one statement serves both.
    const QVariant last = to.isValid() ? dateValue(to) : QVariant(QStringLiteral("9999-12-31"));
    return load(QStringLiteral("JOIN courses ON courses.id = appointments.course "
                               "WHERE courses.client = ? AND appointments.start_day >= ? "
                               "AND appointments.start_day <= ? "
                               "ORDER BY appointments.start_at, appointments.id"),
        {clientId, dateValue(from), last});
}

std::vector<CalendarAppointment> AppointmentRepository::calendar(
    const QDate &from, const QDate &to, const QString &staffId) const
{
    QString sql = QStringLiteral("SELECT ") + columns
        + QStringLiteral(", courses.client, clients.first_name, clients.last_name, "
                         "clients.alias, clients.anonymous FROM appointments "
                         "JOIN courses ON courses.id = appointments.course "
                         "JOIN clients ON clients.id = courses.client "
                         "WHERE appointments.start_day >= ? AND appointments.start_day <= ? ");
    if (!staffId.isEmpty()) sql += QStringLiteral("AND appointments.staff = ? ");
    sql += QStringLiteral("ORDER BY appointments.start_at, appointments.id");
    SqlQuery q(m_db, sql);
    q.raw().setForwardOnly(true);
    q.bind(dateValue(from)).bind(dateValue(to));
    if (!staffId.isEmpty()) q.bind(staffId);
    q.exec();
    std::vector<CalendarAppointment> result;
    while (q.next()) {
        result.push_back({appointmentFromRow(q), q.value(8).toString(), clientNameFrom(q, 9)});
    }
    return result;
}

std::vector<Appointment> AppointmentRepository::all() const
{
    return load(QStringLiteral("ORDER BY seq"), {});
}

} // namespace mestring::core
