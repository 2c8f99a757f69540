#include "indicatorqueries.h"
#include "reportmath.h"

#include <QSet>

#include "core/domain/indicatorids.h"
#include "core/storage/sqlquery.h"

namespace mestring::core::reportqueries {

namespace {

CourseKind kindOf(const QVariant &column)
{
    return parseEnum<CourseKind>(column.toString()).value_or(CourseKind::Alcohol);
}

// A course or client counted once in `indicator`'s breakdown `all` and in its kind.
void countInKind(KindCounts &counts, std::string_view indicator, CourseKind kind, const QString &id,
    MemberSink *sink)
{
    ++counts.byKind[std::size_t(kind)];
    tell(sink, indicator, enumCode(kind), id, 1, 1);
}

void countRatio(Ratio &r, bool counted, std::string_view indicator, QStringView breakdown,
    const QString &id, MemberSink *sink)
{
    ++r.denominator;
    if (counted) ++r.numerator;
    tell(sink, indicator, breakdown, id, counted ? 1 : 0, 1);
}

} // namespace

void addEndedCourses(const Database &db, EffectReport &report, MemberSink *sink)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, kind, setting, end_reason, outcome FROM courses "
                       "WHERE end_date >= ? AND end_date <= ?"));
    forwardOnly(q).bind(dateValue(report.from)).bind(dateValue(report.to)).exec();
    while (q.next()) {
        const QString id = q.value(0).toString();
        const CourseKind kind = kindOf(q.value(1));
        const bool residential = parseEnum<Setting>(q.value(2).toString()) == Setting::Residential;
        const auto reason = parseEnum<EndReason>(q.value(3).toString());
        const auto outcome = parseEnum<Outcome>(q.value(4).toString());
        const bool abstinentOrReduced
            = outcome == Outcome::Abstinent || outcome == Outcome::Reduced;

        ++report.endedCourses.all;
        tell(sink, "ended_courses", u"all", id, 1, 1);
        countInKind(report.endedCourses, "ended_courses", kind, id, sink);
        if (kind == CourseKind::Alcohol) {
            countRatio(report.alcoholSuccess, abstinentOrReduced || reason == EndReason::Referred,
                "alcohol_success_rate", {}, id, sink);
        } else if (kind == CourseKind::Drug) {
            countRatio(report.drugSuccess, abstinentOrReduced || outcome == Outcome::Stabilised,
                "drug_success_rate", {}, id, sink);
        }
        if (reason == EndReason::Completed) {
            countRatio(report.completedReduction[std::size_t(kind)], abstinentOrReduced,
                "completed_reduction_rate", enumCode(kind), id, sink);
        }
        if (residential) {
            countRatio(report.residentialCompletion, reason == EndReason::Completed,
                "residential_completion_rate", {}, id, sink);
        }
    }
}

void addNewCourses(const Database &db, EffectReport &report, MemberSink *sink)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, kind FROM courses WHERE start_date >= ? AND start_date <= ?"));
    forwardOnly(q).bind(dateValue(report.from)).bind(dateValue(report.to)).exec();
    while (q.next()) {
        const QString id = q.value(0).toString();
        ++report.newCourses.all;
        tell(sink, "new_courses", u"all", id, 1, 1);
        countInKind(report.newCourses, "new_courses", kindOf(q.value(1)), id, sink);
    }
}

void addActiveClients(const Database &db, EffectReport &report, MemberSink *sink)
{
    // Active on at least one day of P: started by `to` and not ended before `from`. A client
    // with an alcohol and a drug course counts once in `all`.
    SqlQuery q(db,
        QStringLiteral("SELECT DISTINCT kind, client FROM courses "
                       "WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)"));
    forwardOnly(q).bind(dateValue(report.to)).bind(dateValue(report.from)).exec();
    QSet<QString> clients;
    while (q.next()) {
        const QString client = q.value(1).toString();
        countInKind(report.activeClients, "active_clients", kindOf(q.value(0)), client, sink);
        if (!clients.contains(client)) {
            clients.insert(client);
            tell(sink, "active_clients", u"all", client, 1, 1);
        }
    }
    report.activeClients.all = clients.size();
}

void addTreatmentGuarantee(const Database &db, EffectReport &report, MemberSink *sink)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, request_date, start_date FROM courses "
                       "WHERE start_date >= ? AND start_date <= ? AND request_date IS NOT NULL "
                       "AND guarantee_exempt IS NULL"));
    forwardOnly(q).bind(dateValue(report.from)).bind(dateValue(report.to)).exec();
    std::vector<qint64> waits;
    while (q.next()) {
        const qint64 days = dateFrom(q.value(1)).daysTo(dateFrom(q.value(2)));
        waits.push_back(days);
        countRatio(report.treatmentGuarantee, days <= 14, "treatment_guarantee_rate", {},
            q.value(0).toString(), sink);
    }
    report.waitingDaysMedian = reportmath::median(std::move(waits));
}

void addFollowupOverdue(const Database &db, EffectReport &report, MemberSink *sink)
{
    // "More than 91 days before `to`": the latest assessment (or the start) is before to - 91.
    SqlQuery q(db,
        QStringLiteral("SELECT c.id FROM courses c "
                       "WHERE c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?) "
                       "AND COALESCE((SELECT MAX(a.date) FROM assessments a "
                       "              WHERE a.course = c.id AND a.date <= ?), c.start_date) < ?"));
    const QVariant to = dateValue(report.to);
    forwardOnly(q).bind(to).bind(to).bind(to).bind(dateValue(report.to.addDays(-91))).exec();
    while (q.next()) {
        ++report.followupOverdue;
        tell(sink, "followup_overdue", {}, q.value(0).toString(), 1, 1);
    }
}

void addPostDischargeFollowup(const Database &db, EffectReport &report, MemberSink *sink)
{
    struct Due
    {
        PostDischargeType type;
        const char16_t *assessmentType;
        int days;
    };
    static constexpr Due dues[] = {
        {PostDischargeType::Post1m, u"post_1m", 30}, {PostDischargeType::Post6m, u"post_6m", 182}};
    for (const Due &due : dues) {
        // end_date + days in [from, to] is end_date in [from - days, to - days].
        SqlQuery q(db,
            QStringLiteral(
                "SELECT c.id, CASE WHEN EXISTS (SELECT 1 FROM assessments a "
                "  WHERE a.course = c.id AND a.type = ? AND a.date <= ?) THEN 1 ELSE 0 END "
                "FROM courses c WHERE NOT c.declined_followup "
                "AND (c.end_reason IS NULL OR c.end_reason <> 'deceased') "
                "AND c.end_date >= ? AND c.end_date <= ?"));
        const QString type = QString::fromUtf16(due.assessmentType);
        forwardOnly(q)
            .bind(type)
            .bind(dateValue(report.to))
            .bind(dateValue(report.from.addDays(-due.days)))
            .bind(dateValue(report.to.addDays(-due.days)))
            .exec();
        Ratio &r = report.postDischargeFollowup[std::size_t(due.type)];
        while (q.next()) {
            countRatio(r, q.value(1).toInt() == 1, "post_discharge_followup_due", type,
                q.value(0).toString(), sink);
        }
    }
}

void addPhaseFunnel(const Database &db, EffectReport &report, MemberSink *sink)
{
    // One pass over the phase entries, in the order of phaseFunnelTransitions. Per course: the
    // first entry into each transition's first phase, and the latest entry into its second
    // phase dated on or before `to`. A course counts when the first entry is in P; it went on
    // when an entry into the second phase lies from that first entry to `to`, that is when the
    // latest such entry is on or after it.
    SqlQuery q(db,
        QStringLiteral(
            "SELECT c.kind, c.id, f.first_advice, f.first_intro, f.first_assessment, "
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
        const CourseKind kind = kindOf(q.value(0));
        const QString id = q.value(1).toString();
        auto &funnel = report.phaseFunnel[std::size_t(kind)];
        static_assert(
            std::tuple_size_v<
                std::remove_reference_t<decltype(funnel)>> == phaseFunnelTransitions.size());
        for (std::size_t t = 0; t < funnel.size(); ++t) {
            const QDate first = dateFrom(q.value(2 + int(t)));
            if (!first.isValid() || first < report.from || first > report.to) continue;
            const QDate next = dateFrom(q.value(5 + int(t)));
            const bool wentOn = next.isValid() && next >= first;
            if (sink) {
                const QString key = enumCode(kind) + QLatin1Char('.')
                    + indicatorIdView(phaseFunnelTransitions[t]);
                countRatio(funnel[t], wentOn, "phase_funnel", key, id, sink);
            } else {
                countRatio(funnel[t], wentOn, {}, {}, id, nullptr);
            }
        }
    }
}

} // namespace mestring::core::reportqueries
