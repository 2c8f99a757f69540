#include "indicatorqueries.h"
#include "reportmath.h"

#include <QHash>

#include "core/storage/sqlquery.h"

namespace mestring::core::reportqueries {

namespace {

// The clients' prescriptions active on `to` (start <= to, end null or >= to), of the
// categories in the IN list; binds `to` twice.
QString activeOnTo(const char *categories)
{
    return QStringLiteral("FROM prescriptions WHERE category IN (") + QLatin1StringView(categories)
        + QStringLiteral(") AND start_date <= ? AND (end_date IS NULL OR end_date >= ?) "
                         "AND annulled_at IS NULL");
}

} // namespace

void addBuprenorphineShare(const Database &db, EffectReport &report, MemberSink *sink)
{
    SqlQuery q(db,
        QStringLiteral("SELECT client, MAX(CASE WHEN drug IN "
                       "('buprenorphine', 'buprenorphine_naloxone', 'buprenorphine_depot') "
                       "THEN 1 ELSE 0 END) ")
            + activeOnTo("'substitution'") + QStringLiteral(" GROUP BY client"));
    forwardOnly(q).bind(dateValue(report.to)).bind(dateValue(report.to)).exec();
    Ratio &r = report.buprenorphineShare;
    while (q.next()) {
        const bool buprenorphine = q.value(1).toInt() == 1;
        ++r.denominator;
        if (buprenorphine) ++r.numerator;
        tell(sink, "buprenorphine_share", {}, q.value(0).toString(), buprenorphine ? 1 : 0, 1);
    }
}

void addAntabus(const Database &db, EffectReport &report, MemberSink *sink)
{
    // The drug decides, not the category: `other` drugs of category antabus are no disulfiram.
    SqlQuery clients(db,
        QStringLiteral("SELECT DISTINCT client FROM prescriptions "
                       "WHERE drug = 'disulfiram' AND start_date <= ? "
                       "AND (end_date IS NULL OR end_date >= ?) AND annulled_at IS NULL"));
    forwardOnly(clients).bind(dateValue(report.to)).bind(dateValue(report.from)).exec();
    while (clients.next()) {
        ++report.antabusClients;
        tell(sink, "antabus_clients", {}, clients.value(0).toString(), 1, 1);
    }

    // Every disulfiram prescription: a prescription starting after `to` may still extend an
    // episode that would otherwise have ended in the period.
    SqlQuery q(db,
        QStringLiteral("SELECT client, id, start_date, end_date FROM prescriptions "
                       "WHERE drug = 'disulfiram' AND annulled_at IS NULL"));
    forwardOnly(q).exec();
    QHash<QString, std::vector<reportmath::SpanRecord>> byClient;
    while (q.next()) {
        byClient[q.value(0).toString()].push_back(
            {q.value(1).toString(), {dateFrom(q.value(2)), dateFrom(q.value(3))}});
    }
    std::vector<reportmath::DaySpan> episodes;
    for (auto &prescriptions : byClient) {
        for (const reportmath::DaySpan &e : reportmath::joinEpisodes(std::move(prescriptions)))
            episodes.push_back(e);
    }
    report.antabusEpisodes = reportmath::summarizeEpisodes(episodes, report.from, report.to);
}

void addMedicalReviewOverdue(const Database &db, EffectReport &report, MemberSink *sink)
{
    // A medical review is an attended doctor appointment on one of the client's courses or the
    // start of any of the client's prescriptions, dated on or before `to`. Overdue: the latest
    // is more than 183 days before `to`, i.e. none in [to - 183, to].
    SqlQuery q(db,
        QStringLiteral("SELECT t.client FROM (SELECT DISTINCT client ")
            + activeOnTo("'substitution', 'antabus'")
            + QStringLiteral(
                ") t WHERE NOT EXISTS (SELECT 1 FROM prescriptions p WHERE p.client = t.client "
                "  AND p.start_date >= ? AND p.start_date <= ? AND p.annulled_at IS NULL) "
                "AND NOT EXISTS (SELECT 1 FROM appointments a JOIN courses c ON c.id = a.course "
                "  WHERE c.client = t.client AND a.type = 'doctor' AND a.status = 'attended' "
                "  AND a.start_day >= ? AND a.start_day <= ?)"));
    const QVariant to = dateValue(report.to);
    const QVariant bound = dateValue(report.to.addDays(-183));
    forwardOnly(q).bind(to).bind(to).bind(bound).bind(to).bind(bound).bind(to).exec();
    while (q.next()) {
        ++report.medicalReviewOverdue;
        tell(sink, "medical_review_overdue", {}, q.value(0).toString(), 1, 1);
    }
}

void addSubstitutionQol(const Database &db, EffectReport &report, MemberSink *sink)
{
    SqlQuery q(db,
        QStringLiteral("SELECT c.client, a.id, a.date, a.quality_of_life FROM assessments a "
                       "JOIN courses c ON c.id = a.course "
                       "WHERE a.quality_of_life IS NOT NULL AND a.date <= ? "
                       "AND c.client IN (SELECT client ")
            + activeOnTo("'substitution'") + QLatin1Char(')'));
    forwardOnly(q)
        .bind(dateValue(report.to))
        .bind(dateValue(report.to))
        .bind(dateValue(report.to))
        .exec();
    struct Scored
    {
        reportmath::DatedId at;
        int score = 0;
    };
    struct Span
    {
        Scored earliest;
        Scored latest;
        int count = 0;
    };
    QHash<QString, Span> byClient;
    while (q.next()) {
        const Scored s {{dateFrom(q.value(2)), q.value(1).toString()}, q.value(3).toInt()};
        Span &span = byClient[q.value(0).toString()];
        if (span.count == 0 || reportmath::comesBefore(s.at, span.earliest.at)) span.earliest = s;
        if (span.count == 0 || reportmath::comesBefore(span.latest.at, s.at)) span.latest = s;
        ++span.count;
    }
    for (auto it = byClient.cbegin(); it != byClient.cend(); ++it) {
        const Span &span = it.value();
        if (span.count < 2) continue;
        const bool keptOrBetter = span.latest.score >= span.earliest.score;
        ++report.substitutionQol.denominator;
        if (keptOrBetter) ++report.substitutionQol.numerator;
        tell(sink, "substitution_qol_rate", {}, it.key(), keptOrBetter ? 1 : 0, 1);
    }
}

} // namespace mestring::core::reportqueries
