#include "correctionrepository.h"

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

void CorrectionRepository::insert(const Correction &c)
{
    SqlQuery q(m_db,
        QStringLiteral("INSERT INTO corrections (id, annuls, reason, staff, at, seq) "
                       "VALUES (?, ?, ?, ?, ?, %1)")
            .arg(nextSeq(m_db, "corrections")));
    q.bind(c.id).bind(c.annuls).bind(c.reason).bind(textValue(c.staff)).bind(dateTimeValue(c.at));
    q.exec();
}

std::vector<Correction> CorrectionRepository::load(
    const QString &whereAndOrder, const std::vector<QVariant> &values) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id, annuls, reason, staff, at FROM corrections ") + whereAndOrder);
    q.raw().setForwardOnly(true);
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    std::vector<Correction> result;
    while (q.next()) {
        result.push_back({q.value(0).toString(), q.value(1).toString(), textFrom(q.value(2)),
            textFrom(q.value(3)), dateTimeFrom(q.value(4))});
    }
    return result;
}

std::optional<Correction> CorrectionRepository::forDispensing(const QString &dispensingId) const
{
    const std::vector<Correction> rows = load(QStringLiteral("WHERE annuls = ?"), {dispensingId});
    return rows.empty() ? std::nullopt : std::optional<Correction>(rows.front());
}

std::vector<Correction> CorrectionRepository::forPrescription(const QString &prescriptionId) const
{
    return load(QStringLiteral("WHERE annuls IN (SELECT id FROM dispensings WHERE "
                               "prescription = ?) ORDER BY seq"),
        {prescriptionId});
}

std::vector<Correction> CorrectionRepository::all() const
{
    return load(QStringLiteral("ORDER BY seq"), {});
}

} // namespace mestring::core
