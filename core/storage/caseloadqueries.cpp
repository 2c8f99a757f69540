#include "caseloadqueries.h"

#include <QHash>

#include "columnvalues.h"
#include "database.h"
#include "prescriptionrepository.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

// Subqueries are guarded by CASE on the row's state (SQLite evaluates CASE lazily), so ended
// courses only look for their follow-up assessments and open ones never do.
// Latest-of lookups walk an index backwards (ORDER BY ... DESC LIMIT 1) and stop at the first
// match instead of aggregating a client's whole history.
// Stage 1 picks the courses of the overview and the client's latest contact; it is
// MATERIALIZED (SQLite 3.35+, PostgreSQL 12+) so the contact subqueries run once per course
// instead of once per use. Instant columns are compared with instants (today_at, tomorrow_at:
// the start of the centre's day, in the stored UTC form), date columns with dates.
// %1 is empty or the responsible and client filters: constants, never user data.
const char *const coursesSql = R"(
WITH p AS (SELECT ? AS today, ? AS today_at, ? AS tomorrow_at, ? AS ended_to, ? AS ended_after,
                  ? AS score_before, ? AS responsible, ? AS client),
base AS MATERIALIZED (
  SELECT c.id, c.client, c.kind, c.responsible, c.request_date, c.start_date, c.end_date,
         c.guarantee_exempt, c.declined_followup, c.end_reason,
         p.today, p.today_at, p.tomorrow_at, p.score_before,
         CASE WHEN c.start_date <= p.today AND (c.end_date IS NULL OR c.end_date >= p.today)
              THEN 'active' WHEN c.end_date IS NULL THEN 'requested' ELSE 'ended' END AS state,
         CASE WHEN (c.end_date IS NULL OR c.end_date >= p.today) THEN
           (SELECT a.start_at FROM appointments a
           WHERE a.course = c.id AND a.status IN ('attended', 'cancelled_client')
             AND a.start_at < p.tomorrow_at ORDER BY a.start_at DESC LIMIT 1) END AS run_break,
         CASE WHEN (c.end_date IS NULL OR c.end_date >= p.today) THEN
           (SELECT MAX((SELECT a.start_at FROM appointments a
                       WHERE a.course = k.id AND a.status = 'attended' AND a.start_at < p.tomorrow_at
                       ORDER BY a.start_at DESC LIMIT 1))
            FROM courses k WHERE k.client = c.client) END AS attended_at,
         CASE WHEN (c.end_date IS NULL OR c.end_date >= p.today) THEN
           (SELECT n.written_at FROM notes n
           WHERE n.client = c.client AND n.kind = 'phone' AND n.written_at < p.tomorrow_at
           ORDER BY n.written_at DESC LIMIT 1) END AS phoned_at
    FROM courses c CROSS JOIN p
   WHERE %1 (
         (c.start_date <= p.today AND (c.end_date IS NULL OR c.end_date >= p.today))
      OR (c.request_date IS NOT NULL AND c.end_date IS NULL
          AND (c.start_date IS NULL OR c.start_date > p.today))
      OR (c.start_date IS NOT NULL AND c.end_date <= p.ended_to AND c.end_date > p.ended_after
          AND NOT c.declined_followup AND (c.end_reason IS NULL OR c.end_reason <> 'deceased')))
),
f AS MATERIALIZED (
  SELECT b.*, CASE WHEN b.phoned_at IS NULL OR b.attended_at > b.phoned_at
                   THEN b.attended_at ELSE b.phoned_at END AS contact_at
    FROM base b
)
SELECT f.id, f.client, cl.first_name, cl.last_name, cl.alias, cl.anonymous, cl.birth_date,
       f.kind, f.state,
       (SELECT ph.phase FROM course_phases ph WHERE ph.course = f.id
         ORDER BY ph.position DESC LIMIT 1),
       f.responsible, s.name, f.request_date, f.start_date, f.end_date,
       f.guarantee_exempt, f.declined_followup, f.end_reason,
       (SELECT a.start_day FROM appointments a
         WHERE a.course = f.id AND a.status = 'attended' AND a.start_at < f.tomorrow_at
         ORDER BY a.start_at DESC LIMIT 1),
       (SELECT a.start_at FROM appointments a
         WHERE a.course = f.id AND a.status = 'planned' AND a.start_at >= f.today_at
         ORDER BY a.start_at LIMIT 1),
       (SELECT MAX(x.date) FROM assessments x WHERE x.course = f.id AND x.date <= f.today),
       CASE WHEN f.state = 'ended' THEN
         (SELECT COUNT(*) FROM assessments x WHERE x.course = f.id AND x.type = 'post_1m') END,
       CASE WHEN f.state = 'ended' THEN
         (SELECT COUNT(*) FROM assessments x WHERE x.course = f.id AND x.type = 'post_6m') END,
       CASE WHEN f.state <> 'ended' THEN
         (SELECT COUNT(*) FROM appointments a
         WHERE a.course = f.id AND a.status = 'no_show' AND a.start_at < f.tomorrow_at
           AND a.start_at > COALESCE(f.run_break, '')) END,
       CASE WHEN f.state <> 'ended' THEN
         (SELECT MAX(a.start_day) FROM appointments a
         WHERE a.course = f.id AND a.status = 'no_show' AND a.start_at < f.tomorrow_at
           AND a.start_at > COALESCE(f.run_break, '')) END,
       f.contact_at,
       CASE WHEN f.state <> 'ended' THEN
         (SELECT COUNT(*) FROM appointments a
         WHERE a.course = f.id AND a.status = 'no_show' AND a.start_at < f.tomorrow_at
           AND a.start_at > COALESCE(f.contact_at, '')) END,
       CASE WHEN f.state <> 'ended' THEN
         (SELECT MIN(a.start_day) FROM appointments a
         WHERE a.course = f.id AND a.status = 'no_show' AND a.start_at < f.tomorrow_at
           AND a.start_at > COALESCE(f.contact_at, '')) END,
       CASE WHEN f.state <> 'ended' THEN
         (SELECT COUNT(*) FROM goals g
         WHERE g.course = f.id AND g.status = 'active' AND g.deadline < f.today) END,
       CASE WHEN f.state <> 'ended' THEN
         (SELECT MIN(g.deadline) FROM goals g
         WHERE g.course = f.id AND g.status = 'active' AND g.deadline < f.today) END,
       CASE WHEN f.state = 'active' THEN
         (SELECT COUNT(*) FROM goals g
         WHERE g.course = f.id AND g.status = 'active'
           AND COALESCE((SELECT MAX(gs.date) FROM goal_scores gs
                          WHERE gs.goal = g.id AND gs.date <= f.today),
                        f.start_date, f.request_date) < f.score_before) END,
       CASE WHEN f.state = 'active' THEN
         (SELECT MIN(COALESCE((SELECT MAX(gs.date) FROM goal_scores gs
                              WHERE gs.goal = g.id AND gs.date <= f.today),
                            f.start_date, f.request_date))
          FROM goals g WHERE g.course = f.id AND g.status = 'active') END
  FROM f JOIN clients cl ON cl.id = f.client LEFT JOIN staff s ON s.id = f.responsible
)";

CaseloadRowState stateFrom(const QString &code)
{
    if (code == QLatin1StringView("requested")) return CaseloadRowState::Requested;
    if (code == QLatin1StringView("ended")) return CaseloadRowState::Ended;
    return CaseloadRowState::Active;
}

void readRow(const SqlQuery &q, CaseloadRow &r)
{
    r.courseId = q.value(0).toString();
    r.clientId = q.value(1).toString();
    r.anonymous = q.value(5).toBool();
    r.clientName = clientNameFrom(q, 2);
    r.birthDate = dateFrom(q.value(6));
    r.kind = enumFrom(q.value(7), CourseKind::Alcohol);
    r.state = stateFrom(q.value(8).toString());
    r.phase = optionalEnumFrom<Phase>(q.value(9));
    r.responsibleId = textFrom(q.value(10));
    r.responsibleName = textFrom(q.value(11));
    r.requestDate = dateFrom(q.value(12));
    r.startDate = dateFrom(q.value(13));
    r.endDate = dateFrom(q.value(14));
    r.lastAttendedContact = dateFrom(q.value(18));
    r.nextAppointment = dateTimeFrom(q.value(19));
}

CaseloadFacts factsFrom(const SqlQuery &q)
{
    CaseloadFacts f;
    readRow(q, f.row);
    f.guaranteeExempt = !q.value(15).isNull();
    f.noPostDischargeFollowup
        = q.value(16).toBool() || q.value(17).toString() == enumCode(EndReason::Deceased);
    f.latestAssessment = dateFrom(q.value(20));
    f.hasPost1m = q.value(21).toInt() > 0;
    f.hasPost6m = q.value(22).toInt() > 0;
    f.noShowRun = q.value(23).toInt();
    f.lastNoShowOfRun = dateFrom(q.value(24));
    f.lastContactDay = dateTimeFrom(q.value(25)).date();
    f.unansweredNoShows = q.value(26).toInt();
    f.firstUnansweredNoShow = dateFrom(q.value(27));
    f.goalsPastDeadline = q.value(28).toInt();
    f.earliestGoalDeadline = dateFrom(q.value(29));
    f.goalsScoreDue = q.value(30).toInt();
    f.oldestGoalScore = dateFrom(q.value(31));
    return f;
}

} // namespace

std::vector<CaseloadFacts> CaseloadQueries::courses(
    const QDate &today, const QString &responsible, const QString &clientId) const
{
    QString scope;
    if (!responsible.isEmpty()) scope += QStringLiteral("c.responsible = p.responsible AND ");
    if (!clientId.isEmpty()) scope += QStringLiteral("c.client = p.client AND ");
    SqlQuery q(m_db, QString::fromUtf8(coursesSql).arg(scope));
    // Ended courses are read while a post-discharge follow-up can be listed (caseload.h).
    q.bind(dateValue(today))
        .bind(dayStartValue(today))
        .bind(dayStartValue(today.addDays(1)))
        .bind(dateValue(today.addDays(-postDischarge1mDays)))
        .bind(dateValue(today.addDays(-postDischargeListedDays)))
        .bind(dateValue(today.addDays(-goalScoreDays)))
        .bind(QVariant(responsible))
        .bind(QVariant(clientId));
    q.exec();
    std::vector<CaseloadFacts> result;
    while (q.next())
        result.push_back(factsFrom(q));
    return result;
}

QHash<QString, QDate> CaseloadQueries::medicalReviews(const QDate &today) const
{
    SqlQuery q(m_db, QStringLiteral(R"(
WITH p AS (SELECT ? AS today, ? AS tomorrow_at),
x AS (SELECT pr.client FROM prescriptions pr CROSS JOIN p
       WHERE pr.category IN ('substitution', 'antabus') AND pr.end_date IS NULL
         AND pr.start_date <= p.today AND pr.annulled_at IS NULL
      UNION
      SELECT pr.client FROM prescriptions pr CROSS JOIN p
       WHERE pr.category IN ('substitution', 'antabus') AND pr.end_date >= p.today
         AND pr.start_date <= p.today AND pr.annulled_at IS NULL)
SELECT x.client,
       (SELECT MAX(q.start_date) FROM prescriptions q
         WHERE q.client = x.client AND q.start_date <= p.today AND q.annulled_at IS NULL),
       (SELECT MAX((SELECT a.start_day FROM appointments a
                     WHERE a.course = k.id AND a.type = 'doctor' AND a.status = 'attended'
                       AND a.start_at < p.tomorrow_at ORDER BY a.start_at DESC LIMIT 1))
          FROM courses k WHERE k.client = x.client)
  FROM x CROSS JOIN p)"));
    q.bind(dateValue(today)).bind(dayStartValue(today.addDays(1)));
    q.exec();
    QHash<QString, QDate> result;
    while (q.next()) {
        const QDate started = dateFrom(q.value(1));
        const QDate consulted = dateFrom(q.value(2));
        result.insert(q.value(0).toString(), std::max(started, consulted));
    }
    return result;
}

std::vector<AntabusWatch> CaseloadQueries::supervisedAntabus(
    const QDate &today, const QDate &from) const
{
    std::vector<AntabusWatch> result;
    QHash<QString, std::size_t> byId;
    for (Prescription &p : PrescriptionRepository(m_db).activeOn(today)) {
        if (p.category != DrugCategory::Antabus || p.mode != DispensingMode::Supervised) continue;
        byId.insert(p.id, result.size());
        result.push_back({std::move(p), {}});
    }
    if (result.empty()) return result;
    SqlQuery q(m_db, QStringLiteral(R"(
SELECT d.id, d.prescription, d.date, d.dose_mg, d.status, d.days
  FROM prescriptions pr JOIN dispensings d ON d.prescription = pr.id
 WHERE pr.category = 'antabus' AND pr.mode = 'supervised' AND pr.start_date <= ?
   AND (pr.end_date IS NULL OR pr.end_date >= ?) AND pr.annulled_at IS NULL
   AND d.date >= ? AND d.date <= ?
   AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.annuls = d.id)
 ORDER BY d.prescription, d.date)"));
    q.bind(dateValue(today)).bind(dateValue(today)).bind(dateValue(from)).bind(dateValue(today));
    q.exec();
    while (q.next()) {
        const auto it = byId.constFind(q.value(1).toString());
        if (it == byId.constEnd()) continue;
        Dispensing d;
        d.id = q.value(0).toString();
        d.prescription = q.value(1).toString();
        d.date = dateFrom(q.value(2));
        d.doseMg = q.value(3).toDouble();
        d.status = enumFrom(q.value(4), DispensingStatus::Taken);
        d.days = q.value(5).toInt();
        result[*it].dispensings.push_back(std::move(d));
    }
    return result;
}

} // namespace mestring::core
