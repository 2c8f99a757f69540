#include "dispensingrepository.h"

#include "columnvalues.h"
#include "backend.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns = QStringLiteral(
    "id, prescription, date, dose_mg, status, days, staff, note, late_reason, "
    "late_confirmed_reason, late_confirmed_by, late_confirmed_at");

// Leaves out the dispensings a correction has annulled (they no longer count).
const QString counting
    = QStringLiteral("NOT EXISTS (SELECT 1 FROM corrections c WHERE c.annuls = dispensings.id)");

Dispensing dispensingFromRow(const SqlQuery &q)
{
    Dispensing d;
    d.id = q.value(0).toString();
    d.prescription = q.value(1).toString();
    d.date = dateFrom(q.value(2));
    d.doseMg = q.value(3).toDouble();
    d.status = enumFrom(q.value(4), DispensingStatus::Taken);
    d.days = q.value(5).toInt();
    d.staff = textFrom(q.value(6));
    d.note = textFrom(q.value(7));
    d.lateReason = textFrom(q.value(8));
    d.lateConfirmed = signedReasonFrom(q, 9);
    return d;
}

} // namespace

void DispensingRepository::insert(const Dispensing &d, const QDateTime &recordedAt)
{
    // Stored records (an import, a copy): every registration of the day gets the next number,
    // annulled or not, since its correction is stored after it.
    insertWithEntry(d, recordedAt,
        QStringLiteral("(SELECT count(*) FROM dispensings WHERE prescription = ? AND date = ?)"));
}

void DispensingRepository::record(const Dispensing &d, const QDateTime &recordedAt)
{
    // A registration made now: `entry` counts the annulled registrations of the prescription's
    // day, so a dose annulled and registered again gets the next number, while two stations
    // registering the same dose get the same one and the unique index refuses the second,
    // however the two were timed. (Stored days number their registrations in order, annulled
    // ones first, so a counting registration of theirs is refused the same way.)
    insertWithEntry(d, recordedAt,
        QStringLiteral("(SELECT count(*) FROM dispensings x WHERE x.prescription = ? "
                       "AND x.date = ? AND EXISTS (SELECT 1 FROM corrections c "
                       "WHERE c.annuls = x.id))"));
}

void DispensingRepository::insertWithEntry(
    const Dispensing &d, const QDateTime &recordedAt, const QString &entry)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO dispensings (id, prescription, date, dose_mg, status, days, staff, note, "
        "late_reason, late_confirmed_reason, late_confirmed_by, late_confirmed_at, recorded_at, "
        "entry, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1, %2)");
    SqlQuery &q = m_statements.get(sql.arg(entry, nextSeq(m_db, "dispensings")));
    q.bind(d.id)
        .bind(d.prescription)
        .bind(dateValue(d.date))
        .bind(d.doseMg)
        .bind(enumCode(d.status))
        .bind(d.days)
        .bind(textValue(d.staff))
        .bind(textValue(d.note))
        .bind(textValue(d.lateReason));
    bindSignedReason(q, d.lateConfirmed);
    q.bind(dateTimeValue(recordedAt)).bind(d.prescription).bind(dateValue(d.date));
    q.exec();
}

void DispensingRepository::confirmLate(const QString &id, const SignedReason &confirmation)
{
    SqlQuery q(m_db,
        m_db.backend().guardedUpdate(QStringLiteral("confirm_late_dispensing"),
            QStringLiteral("UPDATE dispensings SET late_confirmed_reason = ?, "
                           "late_confirmed_by = ?, late_confirmed_at = ? WHERE id = ?")));
    bindSignedReason(q, confirmation);
    q.bind(id);
    q.exec();
}

std::optional<DoseRecorded> DispensingRepository::registeredBy(
    const QString &prescriptionId, const QDate &date) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT staff.name, dispensings.recorded_at FROM dispensings "
                       "LEFT JOIN staff ON staff.id = dispensings.staff "
                       "WHERE dispensings.prescription = ? AND dispensings.date = ? AND ")
            + counting + QStringLiteral(" ORDER BY dispensings.seq"));
    q.bind(prescriptionId).bind(dateValue(date));
    q.exec();
    if (!q.next()) return std::nullopt;
    return DoseRecorded {textFrom(q.value(0)), dateTimeFrom(q.value(1))};
}

QDate DispensingRepository::recordedOn(const QString &id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT recorded_at FROM dispensings WHERE id = ?"));
    q.bind(id);
    return dateTimeFrom(q.scalar()).date();
}

void DispensingRepository::load(const QString &whereAndOrder, const std::vector<QVariant> &values,
    const std::function<void(Dispensing &&)> &visit) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM dispensings ") + whereAndOrder);
    // Forward-only: Qt's SQLite driver otherwise caches every row it has returned.
    q.raw().setForwardOnly(true);
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    while (q.next())
        visit(dispensingFromRow(q));
}

std::vector<Dispensing> DispensingRepository::list(
    const QString &whereAndOrder, const std::vector<QVariant> &values) const
{
    std::vector<Dispensing> result;
    load(whereAndOrder, values, [&result](Dispensing &&d) { result.push_back(std::move(d)); });
    return result;
}

std::optional<Dispensing> DispensingRepository::byId(const QString &id) const
{
    auto rows = list(QStringLiteral("WHERE id = ?"), {id});
    return rows.empty() ? std::nullopt : std::optional<Dispensing>(rows.front());
}

std::vector<Dispensing> DispensingRepository::forPrescription(const QString &prescriptionId) const
{
    return list(QStringLiteral("WHERE prescription = ? AND ") + counting
            + QStringLiteral(" ORDER BY date"),
        {prescriptionId});
}

std::vector<Dispensing> DispensingRepository::allForPrescription(
    const QString &prescriptionId) const
{
    return list(QStringLiteral("WHERE prescription = ? ORDER BY date, entry"), {prescriptionId});
}

std::vector<Dispensing> DispensingRepository::countingForClient(
    const QString &clientId, const QDate &from) const
{
    return list(QStringLiteral("WHERE prescription IN (SELECT id FROM prescriptions WHERE "
                               "client = ?) AND date >= ? AND ")
            + counting + QStringLiteral(" ORDER BY date"),
        {clientId, dateValue(from)});
}

std::vector<Dispensing> DispensingRepository::between(const QDate &from, const QDate &to) const
{
    return list(QStringLiteral("WHERE date >= ? AND date <= ? AND ") + counting
            + QStringLiteral(" ORDER BY date, prescription"),
        {dateValue(from), dateValue(to)});
}

std::vector<Dispensing> DispensingRepository::all() const
{
    std::vector<Dispensing> result;
    result.reserve(std::size_t(count()));
    forEach([&result](Dispensing &&d) { result.push_back(std::move(d)); });
    return result;
}

void DispensingRepository::forEach(const std::function<void(Dispensing &&)> &visit) const
{
    load(QStringLiteral("ORDER BY seq"), {}, visit);
}

int DispensingRepository::count() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM dispensings"));
    return q.scalar().toInt();
}

} // namespace mestring::core
