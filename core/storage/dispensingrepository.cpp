#include "dispensingrepository.h"

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns
    = QStringLiteral("id, prescription, date, dose_mg, status, days, staff, note");

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
    return d;
}

} // namespace

void DispensingRepository::insert(const Dispensing &d)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO dispensings (id, prescription, date, dose_mg, status, days, staff, note, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, %1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "dispensings")));
    q.bind(d.id)
        .bind(d.prescription)
        .bind(dateValue(d.date))
        .bind(d.doseMg)
        .bind(enumCode(d.status))
        .bind(d.days)
        .bind(textValue(d.staff))
        .bind(textValue(d.note));
    q.exec();
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
    return list(QStringLiteral("WHERE prescription = ? ORDER BY date"), {prescriptionId});
}

std::vector<Dispensing> DispensingRepository::between(const QDate &from, const QDate &to) const
{
    return list(QStringLiteral("WHERE date >= ? AND date <= ? ORDER BY date, prescription"),
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
