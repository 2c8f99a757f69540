#include "dispensinglistqueries.h"

#include "columnvalues.h"
#include "database.h"
#include "prescriptionrepository.h"

namespace mestring::core {

namespace {

// The clients of the list; `?` day twice, then the client id when one is asked for.
QString candidates(const QString &clientId)
{
    return QStringLiteral("SELECT client FROM prescriptions WHERE start_date <= ? "
                          "AND (end_date IS NULL OR end_date >= ?) AND mode <> 'pharmacy' "
                          "AND annulled_at IS NULL")
        + (clientId.isEmpty() ? QString() : QStringLiteral(" AND client = ?"));
}

void bindCandidates(SqlQuery &q, const QDate &day, const QString &clientId)
{
    q.bind(dateValue(day)).bind(dateValue(day));
    if (!clientId.isEmpty()) q.bind(clientId);
}

QHash<QString, Client> clientsOf(const Database &db, const QDate &day, const QString &clientId)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, first_name, last_name, alias, anonymous, birth_date "
                       "FROM clients WHERE id IN (")
            + candidates(clientId) + QLatin1Char(')'));
    q.raw().setForwardOnly(true);
    bindCandidates(q, day, clientId);
    q.exec();
    QHash<QString, Client> result;
    while (q.next()) {
        Client c;
        c.id = q.value(0).toString();
        c.firstName = textFrom(q.value(1));
        c.lastName = textFrom(q.value(2));
        c.alias = textFrom(q.value(3));
        c.anonymous = q.value(4).toBool();
        c.birthDate = dateFrom(q.value(5));
        result.insert(c.id, std::move(c));
    }
    return result;
}

QHash<QString, std::vector<Absence>> absencesOf(
    const Database &db, const QDate &day, const QString &clientId)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, client, from_date, to_date, reason FROM absences "
                       "WHERE client IN (")
            + candidates(clientId) + QStringLiteral(") ORDER BY client, from_date"));
    q.raw().setForwardOnly(true);
    bindCandidates(q, day, clientId);
    q.exec();
    QHash<QString, std::vector<Absence>> result;
    while (q.next()) {
        Absence a;
        a.id = q.value(0).toString();
        a.client = q.value(1).toString();
        a.from = dateFrom(q.value(2));
        a.to = dateFrom(q.value(3));
        a.reason = enumFrom(q.value(4), AbsenceReason::Other);
        result[a.client].push_back(std::move(a));
    }
    return result;
}

const QString doctorDaysSql = QStringLiteral(
    "SELECT c.client, a.start_day FROM appointments a JOIN courses c ON c.id = a.course "
    "WHERE a.type = 'doctor' AND a.status = 'attended' ");

// `recentFrom` valid: the appointments starting that day or later only, compared as instants
// with the start of the centre's day; the (course, start_at) index reads only that part of
// each course's appointments.
QHash<QString, std::vector<QDate>> doctorDaysOf(
    const Database &db, const QDate &day, const QString &clientId, const QDate &recentFrom)
{
    SqlQuery q(db,
        doctorDaysSql + (recentFrom.isValid() ? QStringLiteral("AND a.start_at >= ? ") : QString())
            + QStringLiteral("AND c.client IN (") + candidates(clientId) + QLatin1Char(')'));
    q.raw().setForwardOnly(true);
    if (recentFrom.isValid()) q.bind(dayStartValue(recentFrom));
    bindCandidates(q, day, clientId);
    q.exec();
    QHash<QString, std::vector<QDate>> result;
    while (q.next())
        result[q.value(0).toString()].push_back(dateFrom(q.value(1)));
    return result;
}

} // namespace

DispensingListQueries::DispensingListQueries(const Database &db)
    : m_db(db)
    , m_dispensings(db,
          QStringLiteral("SELECT date, dose_mg, status, days, "
                         "CASE WHEN date >= ? THEN id END, CASE WHEN date >= ? THEN staff END, "
                         "CASE WHEN date >= ? THEN note END, late_reason, late_confirmed_at "
                         "FROM dispensings d WHERE prescription = ? AND date >= ? "
                         "AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.annuls = d.id) "
                         "ORDER BY date"))
{
    m_dispensings.raw().setForwardOnly(true);
}

DispensingListSource DispensingListQueries::source(
    const QDate &day, const QString &clientId, const QDate &recentFrom) const
{
    DispensingListSource source;
    source.clients = clientsOf(m_db, day, clientId);
    if (source.clients.isEmpty()) return source;
    source.recentFrom = recentFrom;
    source.prescriptions
        = PrescriptionRepository(m_db).ofClientsActiveOn(day, clientId, recentFrom);
    source.absences = absencesOf(m_db, day, clientId);
    source.doctorDays = doctorDaysOf(m_db, day, clientId, recentFrom);
    return source;
}

ClientMedicationHistory DispensingListQueries::history(const QString &clientId) const
{
    ClientMedicationHistory history;
    history.prescriptions = PrescriptionRepository(m_db).forClient(clientId);
    SqlQuery q(m_db, doctorDaysSql + QStringLiteral("AND c.client = ?"));
    q.raw().setForwardOnly(true);
    q.bind(clientId);
    q.exec();
    while (q.next())
        history.doctorDays.push_back(dateFrom(q.value(1)));
    return history;
}

std::vector<Dispensing> DispensingListQueries::dispensingsFrom(
    const QString &prescriptionId, const QDate &from, const QDate &detailsFrom)
{
    const QVariant details = dateValue(detailsFrom);
    m_dispensings.bind(details).bind(details).bind(details);
    m_dispensings.bind(prescriptionId).bind(dateValue(from));
    m_dispensings.exec();
    std::vector<Dispensing> result;
    while (m_dispensings.next()) {
        Dispensing d;
        d.prescription = prescriptionId;
        d.date = dateFrom(m_dispensings.value(0));
        d.doseMg = m_dispensings.value(1).toDouble();
        d.status = enumFrom(m_dispensings.value(2), DispensingStatus::Taken);
        d.days = m_dispensings.value(3).toInt();
        d.id = textFrom(m_dispensings.value(4));
        d.staff = textFrom(m_dispensings.value(5));
        d.note = textFrom(m_dispensings.value(6));
        d.lateReason = textFrom(m_dispensings.value(7));
        // Only whether a doctor confirmed it counts here.
        if (!m_dispensings.value(8).isNull()) d.lateConfirmed = SignedReason();
        result.push_back(std::move(d));
    }
    m_dispensings.raw().finish();
    return result;
}

} // namespace mestring::core
