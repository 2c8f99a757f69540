#include "indicatorqueries.h"
#include "reportmath.h"

#include <QSet>

#include "core/domain/indicatorids.h"
#include "core/storage/sqlquery.h"

namespace mestring::core::reportqueries {

namespace {

std::size_t kindIndex(const QVariant &column)
{
    return std::size_t(parseEnum<CourseKind>(column.toString()).value_or(CourseKind::Alcohol));
}

// Counts by kind and for all, from rows (kind, count).
KindCounts kindCounts(SqlQuery &q)
{
    KindCounts counts;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        counts.all += n;
        counts.byKind[kindIndex(q.value(0))] += n;
    }
    return counts;
}

} // namespace

void addEndedCourses(const Database &db, EffectReport &report)
{
    // Few rows: one per combination of kind, setting, end reason and outcome.
    SqlQuery q(db,
        QStringLiteral("SELECT kind, setting, end_reason, outcome, COUNT(*) FROM courses "
                       "WHERE end_date >= ? AND end_date <= ? "
                       "GROUP BY kind, setting, end_reason, outcome"));
    q.bind(dateValue(report.from)).bind(dateValue(report.to)).exec();
    while (q.next()) {
        const auto kind = parseEnum<CourseKind>(q.value(0).toString());
        const bool residential = parseEnum<Setting>(q.value(1).toString()) == Setting::Residential;
        const auto reason = parseEnum<EndReason>(q.value(2).toString());
        const auto outcome = parseEnum<Outcome>(q.value(3).toString());
        const qint64 n = q.value(4).toLongLong();
        const bool abstinentOrReduced
            = outcome == Outcome::Abstinent || outcome == Outcome::Reduced;

        report.endedCourses.all += n;
        report.endedCourses.byKind[kindIndex(q.value(0))] += n;
        if (kind == CourseKind::Alcohol) {
            report.alcoholSuccess.denominator += n;
            if (abstinentOrReduced || reason == EndReason::Referred)
                report.alcoholSuccess.numerator += n;
        } else if (kind == CourseKind::Drug) {
            report.drugSuccess.denominator += n;
            if (abstinentOrReduced || outcome == Outcome::Stabilised)
                report.drugSuccess.numerator += n;
        }
        if (reason == EndReason::Completed) {
            Ratio &r = report.completedReduction[kindIndex(q.value(0))];
            r.denominator += n;
            if (abstinentOrReduced) r.numerator += n;
        }
        if (residential) {
            report.residentialCompletion.denominator += n;
            if (reason == EndReason::Completed) report.residentialCompletion.numerator += n;
        }
    }
}

void addNewCourses(const Database &db, EffectReport &report)
{
    SqlQuery q(db,
        QStringLiteral("SELECT kind, COUNT(*) FROM courses "
                       "WHERE start_date >= ? AND start_date <= ? GROUP BY kind"));
    q.bind(dateValue(report.from)).bind(dateValue(report.to)).exec();
    report.newCourses = kindCounts(q);
}

void addActiveClients(const Database &db, EffectReport &report)
{
    // Active on at least one day of P: started by `to` and not ended before `from`. A client
    // with an alcohol and a drug course counts once in `all`.
    SqlQuery q(db,
        QStringLiteral("SELECT DISTINCT kind, client FROM courses "
                       "WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)"));
    forwardOnly(q).bind(dateValue(report.to)).bind(dateValue(report.from)).exec();
    QSet<QString> clients;
    while (q.next()) {
        ++report.activeClients.byKind[kindIndex(q.value(0))];
        clients.insert(q.value(1).toString());
    }
    report.activeClients.all = clients.size();
}

void addTreatmentGuarantee(const Database &db, EffectReport &report)
{
    SqlQuery q(db,
        QStringLiteral("SELECT request_date, start_date FROM courses "
                       "WHERE start_date >= ? AND start_date <= ? AND request_date IS NOT NULL "
                       "AND guarantee_exempt IS NULL"));
    forwardOnly(q).bind(dateValue(report.from)).bind(dateValue(report.to)).exec();
    std::vector<qint64> waits;
    while (q.next()) {
        const qint64 days = dateFrom(q.value(0)).daysTo(dateFrom(q.value(1)));
        waits.push_back(days);
        ++report.treatmentGuarantee.denominator;
        if (days <= 14) ++report.treatmentGuarantee.numerator;
    }
    report.waitingDaysMedian = reportmath::median(std::move(waits));
}

void addFollowupOverdue(const Database &db, EffectReport &report)
{
    // "More than 91 days before `to`": the latest assessment (or the start) is before to - 91.
    SqlQuery q(db,
        QStringLiteral("SELECT COUNT(*) FROM courses c "
                       "WHERE c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?) "
                       "AND COALESCE((SELECT MAX(a.date) FROM assessments a "
                       "              WHERE a.course = c.id AND a.date <= ?), c.start_date) < ?"));
    const QVariant to = dateValue(report.to);
    report.followupOverdue
        = countFrom(q.bind(to).bind(to).bind(to).bind(dateValue(report.to.addDays(-91))).scalar());
}

void addPostDischargeFollowup(const Database &db, EffectReport &report)
{
    struct Due
    {
        PostDischargeType type;
        const char *assessmentType;
        int days;
    };
    static constexpr Due dues[]
        = {{PostDischargeType::Post1m, "post_1m", 30}, {PostDischargeType::Post6m, "post_6m", 182}};
    for (const Due &due : dues) {
        // end_date + days in [from, to] is end_date in [from - days, to - days].
        SqlQuery q(db,
            QStringLiteral(
                "SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM assessments a "
                "  WHERE a.course = c.id AND a.type = ? AND a.date <= ?) THEN 1 ELSE 0 END) "
                "FROM courses c WHERE c.declined_followup = 0 "
                "AND (c.end_reason IS NULL OR c.end_reason <> 'deceased') "
                "AND c.end_date >= ? AND c.end_date <= ?"));
        q.bind(QString::fromLatin1(due.assessmentType))
            .bind(dateValue(report.to))
            .bind(dateValue(report.from.addDays(-due.days)))
            .bind(dateValue(report.to.addDays(-due.days)))
            .exec();
        Ratio &r = report.postDischargeFollowup[std::size_t(due.type)];
        if (q.next()) r = {countFrom(q.value(1)), countFrom(q.value(0))};
    }
}

void addPhaseFunnel(const Database &db, EffectReport &report)
{
    // One pass over the phase entries, in the order of phaseFunnelTransitions. Per course: the
    // first entry into each transition's first phase, and the latest entry into its second
    // phase dated on or before `to`. A course counts when the first entry is in P; it went on
    // when an entry into the second phase lies from that first entry to `to`, that is when the
    // latest such entry is on or after it.
    SqlQuery q(db,
        QStringLiteral(
            "SELECT c.kind, f.first_advice, f.first_intro, f.first_assessment, "
            "  f.last_intro, f.last_assessment, f.last_treatment FROM "
            "(SELECT course, "
            "  MIN(CASE WHEN phase = 'advice' THEN date END) AS first_advice, "
            "  MIN(CASE WHEN phase = 'intro' THEN date END) AS first_intro, "
            "  MIN(CASE WHEN phase = 'assessment' THEN date END) AS first_assessment, "
            "  MAX(CASE WHEN phase = 'intro' AND date <= ? THEN date END) AS last_intro, "
            "  MAX(CASE WHEN phase = 'assessment' AND date <= ? THEN date END) AS last_assessment, "
            "  MAX(CASE WHEN phase = 'treatment' AND date <= ? THEN date END) AS last_treatment "
            "  FROM course_phases GROUP BY course) f "
            "JOIN courses c ON c.id = f.course "
            "WHERE (f.first_advice >= ? AND f.first_advice <= ?) "
            "OR (f.first_intro >= ? AND f.first_intro <= ?) "
            "OR (f.first_assessment >= ? AND f.first_assessment <= ?)"));
    const QVariant from = dateValue(report.from);
    const QVariant to = dateValue(report.to);
    forwardOnly(q).bind(to).bind(to).bind(to);
    q.bind(from).bind(to).bind(from).bind(to).bind(from).bind(to).exec();
    while (q.next()) {
        auto &funnel = report.phaseFunnel[kindIndex(q.value(0))];
        static_assert(
            std::tuple_size_v<
                std::remove_reference_t<decltype(funnel)>> == phaseFunnelTransitions.size());
        for (std::size_t t = 0; t < funnel.size(); ++t) {
            const QDate first = dateFrom(q.value(1 + int(t)));
            if (!first.isValid() || first < report.from || first > report.to) continue;
            const QDate next = dateFrom(q.value(4 + int(t)));
            ++funnel[t].denominator;
            if (next.isValid() && next >= first) ++funnel[t].numerator;
        }
    }
}

} // namespace mestring::core::reportqueries
