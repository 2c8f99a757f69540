#include "closeddayrepository.h"

#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

void ClosedDayRepository::insert(const ClosedDay &day)
{
    SqlQuery q(m_db,
        QStringLiteral("INSERT INTO closed_days (date, reason, seq) VALUES (?, ?, %1)")
            .arg(nextSeq(m_db, "closed_days")));
    q.bind(dateValue(day.date)).bind(day.reason);
    q.exec();
}

bool ClosedDayRepository::remove(const QDate &day)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM closed_days WHERE date = ?"));
    q.bind(dateValue(day));
    q.exec();
    return q.raw().numRowsAffected() > 0;
}

std::vector<ClosedDay> ClosedDayRepository::load(const QString &order) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT date, reason FROM closed_days ORDER BY ") + order);
    q.raw().setForwardOnly(true);
    q.exec();
    std::vector<ClosedDay> result;
    while (q.next())
        result.push_back({dateFrom(q.value(0)), textFrom(q.value(1))});
    return result;
}

std::vector<ClosedDay> ClosedDayRepository::all() const
{
    return load(QStringLiteral("date"));
}

std::vector<ClosedDay> ClosedDayRepository::inStoredOrder() const
{
    return load(QStringLiteral("seq"));
}

} // namespace mestring::core
