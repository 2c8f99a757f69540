#include <QHash>

#include "core/domain/fitrating.h"
#include "core/storage/sqlquery.h"
#include "indicatorqueries.h"

namespace mestring::core::reportqueries {

namespace {

// An ORS as the improvement rate compares them: earliest and latest by date, then id.
struct OrsPoint
{
    QString date; // 'YYYY-MM-DD' text orders as the date
    QString id;
    int total = 0;

    bool before(const OrsPoint &other) const
    {
        return date != other.date ? date < other.date : id < other.id;
    }
};

struct CourseOrs
{
    int count = 0;
    OrsPoint earliest;
    OrsPoint latest;
};

} // namespace

void addFitImprovement(const Database &db, ReportScope &scope)
{
    // The ORS of the courses ended in P; earliest and latest are decided here, with the id
    // tie-break of domain.md section 3, not by a database collation.
    SqlQuery q(db,
        QStringLiteral("SELECT f.course, f.date, f.id, f.total FROM feedback f "
                       "JOIN courses c ON c.id = f.course "
                       "WHERE c.end_date >= ? AND c.end_date <= ? AND f.scale = 'ors'"));
    forwardOnly(q).bind(dateValue(scope.from())).bind(dateValue(scope.to())).exec();
    QHash<QString, CourseOrs> courses;
    std::vector<QString> order; // courses in the order met, for the drill-down list
    while (q.next()) {
        const OrsPoint point {q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
        const QString course = q.value(0).toString();
        auto it = courses.find(course);
        if (it == courses.end()) {
            courses.insert(course, {1, point, point});
            order.push_back(course);
            continue;
        }
        ++it->count;
        if (point.before(it->earliest)) it->earliest = point;
        if (it->latest.before(point)) it->latest = point;
    }
    for (const QString &course : order) {
        const CourseOrs &ors = courses[course];
        if (ors.count < 2) continue;
        const qint64 improved = ors.latest.total >= ors.earliest.total + fit::reliableChange;
        for (const ReportSlot &s : scope.course(course)) {
            s.report->fitImprovement.denominator += 1;
            s.report->fitImprovement.numerator += improved;
            tell(s, "fit_improvement_rate", {}, course, improved, 1);
        }
    }
}

void addFitLowAlliance(const Database &db, ReportScope &scope)
{
    SqlQuery q(db,
        QStringLiteral("SELECT course, COUNT(*), SUM(CASE WHEN total < ? THEN 1 ELSE 0 END) "
                       "FROM feedback WHERE scale = 'srs' AND date >= ? AND date <= ? "
                       "GROUP BY course"));
    forwardOnly(q)
        .bind(fit::srsAllianceCutoff)
        .bind(dateValue(scope.from()))
        .bind(dateValue(scope.to()))
        .exec();
    while (q.next()) {
        const QString course = q.value(0).toString();
        const qint64 low = countFrom(q.value(2));
        const qint64 rated = countFrom(q.value(1));
        for (const ReportSlot &s : scope.course(course)) {
            s.report->fitLowAlliance.numerator += low;
            s.report->fitLowAlliance.denominator += rated;
            tell(s, "fit_low_alliance_share", {}, course, low, rated);
        }
    }
}

} // namespace mestring::core::reportqueries
