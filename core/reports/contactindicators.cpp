#include "indicatorqueries.h"

#include <QSet>

#include "core/storage/sqlquery.h"

namespace mestring::core::reportqueries {

void addAppointments(const Database &db, ReportScope &scope)
{
    // One pass over the period's appointments for both indicators, counted per course first so
    // each course is looked up once. An appointment's day is the centre's date of its start
    // (start_day), so "start_day in [from, to]" is asked as "the start of from <= start_at <
    // the start of to + 1" (instants): for a year that reads the table in storage order
    // instead of one random look-up per appointment through the start_day index (about 3
    // times less work on the large demo; docs/reports.md).
    SqlQuery q(db,
        QStringLiteral(
            "SELECT c.kind, c.client, x.status, x.family, x.n, c.id FROM "
            "(SELECT course, status, CASE WHEN type = 'family' THEN 1 ELSE 0 END AS family, "
            "  COUNT(*) AS n FROM appointments "
            "  WHERE start_at >= ? AND start_at < ? AND status IN ('attended', 'no_show') "
            "  GROUP BY course, status, CASE WHEN type = 'family' THEN 1 ELSE 0 END) x "
            "JOIN courses c ON c.id = x.course"));
    forwardOnly(q)
        .bind(dayStartValue(scope.from()))
        .bind(dayStartValue(scope.to().addDays(1)))
        .exec();
    // Distinct clients per slot: a client reached through two courses counts once in a report.
    std::vector<QSet<QString>> families(std::size_t(scope.slotCount()));
    while (q.next()) {
        const auto kind = parseEnum<CourseKind>(q.value(0).toString());
        const auto status = parseEnum<AppointmentStatus>(q.value(2).toString());
        const qint64 n = q.value(4).toLongLong();
        const qint64 noShows = status == AppointmentStatus::NoShow ? n : 0;
        const QString course = q.value(5).toString();
        const QString client = q.value(1).toString();
        const bool family = status == AppointmentStatus::Attended && q.value(3).toInt() == 1;
        for (const ReportSlot &s : scope.course(course)) {
            EffectReport &report = *s.report;
            report.noShow.all.denominator += n;
            report.noShow.all.numerator += noShows;
            tell(s, "no_show_rate", u"all", course, noShows, n);
            if (kind) {
                Ratio &r = report.noShow.byKind[std::size_t(*kind)];
                r.denominator += n;
                r.numerator += noShows;
                tell(s, "no_show_rate", enumCode(*kind), course, noShows, n);
            }
            QSet<QString> &reached = families[std::size_t(s.index)];
            if (family && !reached.contains(client)) {
                reached.insert(client);
                ++report.familiesReached;
                tell(s, "families_reached", {}, client, 1, 1);
            }
        }
    }
}

void addGroupAttendance(const Database &db, ReportScope &scope)
{
    SqlQuery q(db,
        QStringLiteral("SELECT g.course, COUNT(*), "
                       "  SUM(CASE WHEN g.status = 'attended' THEN 1 ELSE 0 END) "
                       "FROM group_attendance g JOIN group_sessions s ON s.id = g.session "
                       "WHERE s.date >= ? AND s.date <= ? "
                       "AND g.status IN ('attended', 'no_show') GROUP BY g.course"));
    forwardOnly(q).bind(dateValue(scope.from())).bind(dateValue(scope.to())).exec();
    while (q.next()) {
        const QString course = q.value(0).toString();
        const qint64 attended = countFrom(q.value(2));
        const qint64 marked = countFrom(q.value(1));
        for (const ReportSlot &s : scope.course(course)) {
            s.report->groupAttendance.numerator += attended;
            s.report->groupAttendance.denominator += marked;
            tell(s, "group_attendance_rate", {}, course, attended, marked);
        }
    }
}

} // namespace mestring::core::reportqueries
