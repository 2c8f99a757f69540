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

// A course or client counted once in `indicator`'s breakdown by kind.
void countInKind(KindCounts &counts, std::string_view indicator, CourseKind kind, const QString &id,
    const ReportSlot &slot)
{
    ++counts.byKind[std::size_t(kind)];
    tell(slot, indicator, enumCode(kind), id, 1, 1);
}

void countRatio(Ratio &r, bool counted, std::string_view indicator, QStringView breakdown,
    const QString &id, const ReportSlot &slot)
{
    ++r.denominator;
    if (counted) ++r.numerator;
    tell(slot, indicator, breakdown, id, counted ? 1 : 0, 1);
}

} // namespace

void addEndedCourses(const Database &db, ReportScope &scope)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, kind, setting, end_reason, outcome FROM courses "
                       "WHERE end_date >= ? AND end_date <= ?"));
    forwardOnly(q).bind(dateValue(scope.from())).bind(dateValue(scope.to())).exec();
    while (q.next()) {
        const QString id = q.value(0).toString();
        const CourseKind kind = kindOf(q.value(1));
        const bool residential = parseEnum<Setting>(q.value(2).toString()) == Setting::Residential;
        const auto reason = parseEnum<EndReason>(q.value(3).toString());
        const auto outcome = parseEnum<Outcome>(q.value(4).toString());
        const bool abstinentOrReduced
            = outcome == Outcome::Abstinent || outcome == Outcome::Reduced;
        for (const ReportSlot &s : scope.course(id)) {
            EffectReport &report = *s.report;
            ++report.endedCourses.all;
            tell(s, "ended_courses", u"all", id, 1, 1);
            countInKind(report.endedCourses, "ended_courses", kind, id, s);
            if (kind == CourseKind::Alcohol) {
                countRatio(report.alcoholSuccess,
                    abstinentOrReduced || reason == EndReason::Referred, "alcohol_success_rate", {},
                    id, s);
            } else if (kind == CourseKind::Drug) {
                countRatio(report.drugSuccess,
                    abstinentOrReduced || outcome == Outcome::Stabilised, "drug_success_rate", {},
                    id, s);
            }
            if (reason == EndReason::Completed) {
                countRatio(report.completedReduction[std::size_t(kind)], abstinentOrReduced,
                    "completed_reduction_rate", enumCode(kind), id, s);
            }
            if (residential) {
                countRatio(report.residentialCompletion, reason == EndReason::Completed,
                    "residential_completion_rate", {}, id, s);
            }
        }
    }
}

void addNewCourses(const Database &db, ReportScope &scope)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, kind FROM courses WHERE start_date >= ? AND start_date <= ?"));
    forwardOnly(q).bind(dateValue(scope.from())).bind(dateValue(scope.to())).exec();
    while (q.next()) {
        const QString id = q.value(0).toString();
        for (const ReportSlot &s : scope.course(id)) {
            ++s.report->newCourses.all;
            tell(s, "new_courses", u"all", id, 1, 1);
            countInKind(s.report->newCourses, "new_courses", kindOf(q.value(1)), id, s);
        }
    }
}

void addActiveClients(const Database &db, ReportScope &scope)
{
    // Active on at least one day of P: started by `to` and not ended before `from`. A client
    // with an alcohol and a drug course counts once in `all`.
    SqlQuery q(db,
        QStringLiteral("SELECT DISTINCT kind, client FROM courses "
                       "WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)"));
    forwardOnly(q).bind(dateValue(scope.to())).bind(dateValue(scope.from())).exec();
    std::vector<QSet<QString>> clients(std::size_t(scope.slotCount()));
    while (q.next()) {
        const QString client = q.value(1).toString();
        for (const ReportSlot &s : scope.client(client)) {
            countInKind(s.report->activeClients, "active_clients", kindOf(q.value(0)), client, s);
            QSet<QString> &counted = clients[std::size_t(s.index)];
            if (!counted.contains(client)) {
                counted.insert(client);
                ++s.report->activeClients.all;
                tell(s, "active_clients", u"all", client, 1, 1);
            }
        }
    }
}

void addTreatmentGuarantee(const Database &db, ReportScope &scope)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, request_date, start_date FROM courses "
                       "WHERE start_date >= ? AND start_date <= ? AND request_date IS NOT NULL "
                       "AND guarantee_exempt IS NULL"));
    forwardOnly(q).bind(dateValue(scope.from())).bind(dateValue(scope.to())).exec();
    std::vector<std::vector<qint64>> waits(std::size_t(scope.slotCount()));
    while (q.next()) {
        const QString id = q.value(0).toString();
        const qint64 days = dateFrom(q.value(1)).daysTo(dateFrom(q.value(2)));
        for (const ReportSlot &s : scope.course(id)) {
            waits[std::size_t(s.index)].push_back(days);
            countRatio(
                s.report->treatmentGuarantee, days <= 14, "treatment_guarantee_rate", {}, id, s);
            // The median's list: the same courses with the days they waited.
            tell(s, "waiting_days_median", {}, id, days, 1);
        }
    }
    for (int slot = 0; slot < scope.slotCount(); ++slot)
        scope.report(slot).waitingDaysMedian = reportmath::median(std::move(waits[std::size_t(slot)]));
}

void addFollowupOverdue(const Database &db, ReportScope &scope)
{
    // "More than 91 days before `to`": the latest assessment (or the start) is before to - 91.
    SqlQuery q(db,
        QStringLiteral("SELECT c.id FROM courses c "
                       "WHERE c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?) "
                       "AND COALESCE((SELECT MAX(a.date) FROM assessments a "
                       "              WHERE a.course = c.id AND a.date <= ?), c.start_date) < ?"));
    const QVariant to = dateValue(scope.to());
    forwardOnly(q).bind(to).bind(to).bind(to).bind(dateValue(scope.to().addDays(-91))).exec();
    while (q.next()) {
        const QString id = q.value(0).toString();
        for (const ReportSlot &s : scope.course(id)) {
            ++s.report->followupOverdue;
            tell(s, "followup_overdue", {}, id, 1, 1);
        }
    }
}

void addPostDischargeFollowup(const Database &db, ReportScope &scope)
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
            .bind(dateValue(scope.to()))
            .bind(dateValue(scope.from().addDays(-due.days)))
            .bind(dateValue(scope.to().addDays(-due.days)))
            .exec();
        while (q.next()) {
            const QString id = q.value(0).toString();
            for (const ReportSlot &s : scope.course(id)) {
                countRatio(s.report->postDischargeFollowup[std::size_t(due.type)],
                    q.value(1).toInt() == 1, "post_discharge_followup_due", type, id, s);
            }
        }
    }
}

void addPhaseFunnel(const Database &db, ReportScope &scope)
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
    const QVariant from = dateValue(scope.from());
    const QVariant to = dateValue(scope.to());
    forwardOnly(q).bind(to).bind(to).bind(to);
    q.bind(from).bind(to).bind(from).bind(to).bind(from).bind(to).exec();
    static_assert(std::tuple_size_v<decltype(EffectReport::phaseFunnel)::value_type>
        == phaseFunnelTransitions.size());
    while (q.next()) {
        const CourseKind kind = kindOf(q.value(0));
        const QString id = q.value(1).toString();
        const SlotList slots = scope.course(id);
        for (std::size_t t = 0; t < phaseFunnelTransitions.size(); ++t) {
            const QDate first = dateFrom(q.value(2 + int(t)));
            if (!first.isValid() || first < scope.from() || first > scope.to()) continue;
            const QDate next = dateFrom(q.value(5 + int(t)));
            const bool wentOn = next.isValid() && next >= first;
            for (const ReportSlot &s : slots) {
                Ratio &r = s.report->phaseFunnel[std::size_t(kind)][t];
                if (s.sink) {
                    const QString key = enumCode(kind) + QLatin1Char('.')
                        + indicatorIdView(phaseFunnelTransitions[t]);
                    countRatio(r, wentOn, "phase_funnel", key, id, s);
                } else {
                    countRatio(r, wentOn, {}, {}, id, s);
                }
            }
        }
    }
}

} // namespace mestring::core::reportqueries
