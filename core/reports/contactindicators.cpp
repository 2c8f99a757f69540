#include "indicatorqueries.h"

#include "core/storage/sqlquery.h"

namespace mestring::core::reportqueries {

void addNoShow(const Database &db, EffectReport &report)
{
    // An appointment's day is the date of its start in its own offset (start_day).
    SqlQuery q(db,
        QStringLiteral("SELECT c.kind, a.status, COUNT(*) FROM appointments a "
                       "JOIN courses c ON c.id = a.course "
                       "WHERE a.start_day >= ? AND a.start_day <= ? "
                       "AND a.status IN ('attended', 'no_show') GROUP BY c.kind, a.status"));
    q.bind(dateValue(report.from)).bind(dateValue(report.to)).exec();
    while (q.next()) {
        const auto kind = parseEnum<CourseKind>(q.value(0).toString());
        const bool noShow
            = parseEnum<AppointmentStatus>(q.value(1).toString()) == AppointmentStatus::NoShow;
        const qint64 n = q.value(2).toLongLong();
        for (Ratio *r :
            {&report.noShow.all, kind ? &report.noShow.byKind[std::size_t(*kind)] : nullptr}) {
            if (!r) continue;
            r->denominator += n;
            if (noShow) r->numerator += n;
        }
    }
}

void addFamiliesReached(const Database &db, EffectReport &report)
{
    SqlQuery q(db,
        QStringLiteral("SELECT COUNT(DISTINCT c.client) FROM appointments a "
                       "JOIN courses c ON c.id = a.course "
                       "WHERE a.start_day >= ? AND a.start_day <= ? "
                       "AND a.type = 'family' AND a.status = 'attended'"));
    report.familiesReached
        = countFrom(q.bind(dateValue(report.from)).bind(dateValue(report.to)).scalar());
}

void addGroupAttendance(const Database &db, EffectReport &report)
{
    SqlQuery q(db,
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN g.status = 'attended' THEN 1 ELSE 0 END) "
                       "FROM group_attendance g JOIN group_sessions s ON s.id = g.session "
                       "WHERE s.date >= ? AND s.date <= ? "
                       "AND g.status IN ('attended', 'no_show')"));
    q.bind(dateValue(report.from)).bind(dateValue(report.to)).exec();
    if (q.next()) report.groupAttendance = {countFrom(q.value(1)), countFrom(q.value(0))};
}

} // namespace mestring::core::reportqueries
