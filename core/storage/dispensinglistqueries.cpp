#include "dispensinglistqueries.h"

#include <algorithm>

#include "columnvalues.h"
#include "backend.h"
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

// The counting columns of a dispensing `d`, in the order entryOf() reads them: what the dose
// days are computed from, with the reason of a late registration no doctor has confirmed yet
// (it gives no dose until confirmed). The rest of the day's own dispensings comes from
// loadDetails().
const QString countingColumns
    = QStringLiteral("d.date, d.entry, d.status, d.days, "
                     "CASE WHEN d.late_confirmed_at IS NULL THEN d.late_reason END");

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

DispensingListQueries::DispensingListQueries(const Database &db, const QString &clientId)
    : m_db(db)
    , m_clientId(clientId)
    , m_dispensings(db,
          QStringLiteral("SELECT ") + countingColumns
              + QStringLiteral(" FROM dispensings d WHERE prescription = ? "
                               "AND date >= ? AND date <= ? ORDER BY date, entry"))
{
    m_dispensings.raw().setForwardOnly(true);
}

DispensingListSource DispensingListQueries::source(const QDate &day, const QDate &recentFrom) const
{
    const QString &clientId = m_clientId;
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

std::vector<Dispensing> DispensingListQueries::dispensings(
    const QString &prescriptionId, const QDate &from, const QDate &day)
{
    // Served once (the builder keeps what it was given): a later request runs the statement.
    const auto prefetched = m_prefetched.find(prescriptionId);
    if (prefetched != m_prefetched.end() && from >= prefetched->from && day == m_prefetchedDay) {
        std::vector<Entry> rows = std::move(prefetched->rows);
        m_prefetched.erase(prefetched);
        return counting(prescriptionId, from, day, std::move(rows), annulledOf(prescriptionId));
    }
    const std::vector<Entry> annulled = m_clientId.isEmpty()
        ? annulledOf(prescriptionId)
        : annulledBetween(prescriptionId, from, day);
    // Read before the statement runs: a server connection serves one statement at a time.
    if (m_detailsDay != day) loadDetails(day);
    m_dispensings.bind(prescriptionId).bind(dateValue(from)).bind(dateValue(day));
    m_dispensings.exec();
    std::vector<Entry> rows;
    while (m_dispensings.next())
        rows.push_back(entryOf(m_dispensings, 0));
    m_dispensings.raw().finish();
    return counting(prescriptionId, from, day, std::move(rows), annulled);
}

bool DispensingListQueries::prefetches() const
{
    // One client's list looks its corrections up per prescription (annulledBetween).
    return m_clientId.isEmpty() && m_db.backend().prefersBatches();
}

void DispensingListQueries::prefetch(const QHash<QString, QDate> &from, const QDate &day)
{
    if (!prefetches()) return;
    if (m_prefetchedDay != day) m_prefetched.clear();
    m_prefetchedDay = day;
    QStringList ids;
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        const auto known = m_prefetched.constFind(it.key());
        if (known == m_prefetched.cend() || known->from > it.value()) ids.push_back(it.key());
    }
    if (ids.isEmpty()) return;
    std::sort(ids.begin(), ids.end());
    // The day's details and the corrections first: one statement at a time on a server.
    if (m_detailsDay != day) loadDetails(day);
    if (!m_annulled) annulledOf(QString());
    // Well below the bound values a statement may have (999 on older SQLite libraries).
    constexpr qsizetype perStatement = 400;
    for (qsizetype i = 0; i < ids.size(); i += perStatement)
        prefetchSome(ids.mid(i, perStatement), from, day);
}

// One statement for `ids`: on a file the planner walks the dispensings_history index from each
// prescription's day on, as the one-prescription statement does. Each row names its
// prescription by the position in `ids` (a number written into the statement): an integer
// costs the server's driver less to hand over than the id's text.
void DispensingListQueries::prefetchSome(
    const QStringList &ids, const QHash<QString, QDate> &from, const QDate &day)
{
    QStringList wanted;
    wanted.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        wanted.push_back(QStringLiteral("(%1, ?, ?)").arg(i));
        m_prefetched.insert(ids[i], Prefetched {from.value(ids[i]), {}});
    }
    // Taken after every insert: an insert may move the hash's entries.
    std::vector<std::vector<Entry> *> rowsOf;
    rowsOf.reserve(ids.size());
    for (const QString &id : ids)
        rowsOf.push_back(&m_prefetched[id].rows);
    SqlQuery q(m_db,
        QStringLiteral("WITH wanted (n, prescription, from_date) AS (VALUES ")
            + wanted.join(QStringLiteral(", ")) + QStringLiteral(") SELECT w.n, ") + countingColumns
            + QStringLiteral(" FROM wanted w JOIN dispensings d ON d.prescription = w.prescription "
                             "AND d.date >= w.from_date AND d.date <= ? "
                             "ORDER BY w.n, d.date, d.entry"));
    q.readManyOnce();
    for (const QString &id : ids)
        q.bind(id).bind(dateValue(from.value(id)));
    q.bind(dateValue(day));
    q.exec();
    while (q.next())
        rowsOf.at(q.value(0).toUInt())->push_back(entryOf(q, 1));
}

DispensingListQueries::Entry DispensingListQueries::entryOf(const SqlQuery &q, int column)
{
    Entry e {dateFrom(q.value(column)), q.value(column + 1).toInt(), {}};
    Dispensing &d = e.details;
    d.date = e.date;
    d.status = enumFrom(q.value(column + 2), DispensingStatus::Taken);
    d.days = q.value(column + 3).toInt();
    d.lateReason = textFrom(q.value(column + 4));
    return e;
}

// The rows dated `from` on that no correction annuls, with the id, staff member and note of
// the day's own ones.
std::vector<Dispensing> DispensingListQueries::counting(const QString &prescriptionId,
    const QDate &from, const QDate &day, std::vector<Entry> rows,
    const std::vector<Entry> &annulled) const
{
    std::vector<Dispensing> result;
    result.reserve(rows.size());
    for (Entry &row : rows) {
        if (row.date < from) continue;
        if (std::any_of(annulled.begin(), annulled.end(),
                [&](const Entry &a) { return a.date == row.date && a.entry == row.entry; }))
            continue;
        Dispensing d = std::move(row.details);
        if (const Entry *details
            = row.date == day ? detailsOf(prescriptionId, row.entry) : nullptr) {
            const Dispensing &own = details->details;
            d.id = own.id;
            d.staff = own.staff;
            d.note = own.note;
            d.doseMg = own.doseMg;
            d.lateReason = own.lateReason;
            d.lateConfirmed = own.lateConfirmed;
        }
        d.prescription = prescriptionId;
        result.push_back(std::move(d));
    }
    return result;
}

// Corrections are few (a handful a week): for the whole list all of them are looked up once,
// through the dispensings' primary key.
const std::vector<DispensingListQueries::Entry> &DispensingListQueries::annulledOf(
    const QString &prescriptionId)
{
    if (!m_annulled) {
        m_annulled.emplace();
        SqlQuery q(m_db,
            QStringLiteral("SELECT prescription, date, entry FROM dispensings "
                           "WHERE id IN (SELECT annuls FROM corrections)"));
        q.raw().setForwardOnly(true);
        q.exec();
        while (q.next())
            (*m_annulled)[q.value(0).toString()].push_back(
                Entry {dateFrom(q.value(1)), q.value(2).toInt(), {}});
    }
    static const std::vector<Entry> none;
    const auto it = m_annulled->constFind(prescriptionId);
    return it == m_annulled->cend() ? none : *it;
}

// One client's list (the refresh after a recording) reads a few hundred dispensings: looking
// each up in the corrections costs less than looking every correction up.
std::vector<DispensingListQueries::Entry> DispensingListQueries::annulledBetween(
    const QString &prescriptionId, const QDate &from, const QDate &day) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT date, entry FROM dispensings d WHERE prescription = ? "
                       "AND date >= ? AND date <= ? "
                       "AND EXISTS (SELECT 1 FROM corrections c WHERE c.annuls = d.id)"));
    q.raw().setForwardOnly(true);
    q.bind(prescriptionId).bind(dateValue(from)).bind(dateValue(day));
    q.exec();
    std::vector<Entry> result;
    while (q.next())
        result.push_back(Entry {dateFrom(q.value(0)), q.value(1).toInt(), {}});
    return result;
}

void DispensingListQueries::loadDetails(const QDate &day)
{
    m_details.clear();
    m_detailsDay = day;
    SqlQuery q(m_db,
        QStringLiteral("SELECT prescription, entry, id, staff, note, dose_mg, late_reason, "
                       "late_confirmed_at FROM dispensings WHERE date = ?")
            + (m_clientId.isEmpty() ? QString()
                                    : QStringLiteral(" AND prescription IN (SELECT id FROM "
                                                     "prescriptions WHERE client = ?)")));
    q.raw().setForwardOnly(true);
    q.bind(dateValue(day));
    if (!m_clientId.isEmpty()) q.bind(m_clientId);
    q.exec();
    while (q.next()) {
        Entry e {day, q.value(1).toInt(), {}};
        e.details.id = q.value(2).toString();
        e.details.staff = textFrom(q.value(3));
        e.details.note = textFrom(q.value(4));
        e.details.doseMg = q.value(5).toDouble();
        e.details.lateReason = textFrom(q.value(6));
        // Only whether a doctor confirmed it is shown in the list.
        if (!q.value(7).isNull()) e.details.lateConfirmed = SignedReason();
        m_details[q.value(0).toString()].push_back(std::move(e));
    }
}

const DispensingListQueries::Entry *DispensingListQueries::detailsOf(
    const QString &prescriptionId, int entry) const
{
    const auto it = m_details.constFind(prescriptionId);
    if (it == m_details.cend()) return nullptr;
    for (const Entry &e : *it) {
        if (e.entry == entry) return &e;
    }
    return nullptr;
}

} // namespace mestring::core
