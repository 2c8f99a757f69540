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

// An episode's list entry: under its count (and median) and under its bucket.
void tellEpisode(const ReportSlot &slot, const QString &client, const reportmath::DaySpan &e)
{
    if (!slot.sink) return;
    const qint64 days = e.first.daysTo(e.last) + 1;
    const IndicatorMember member {client, 1, 1, e.first, e.last};
    slot.sink->add("antabus_episodes", u"count", member);
    const std::string_view bucket = episodeBucketKeys[reportmath::episodeBucket(days)];
    slot.sink->add("antabus_episodes",
        QString(QStringLiteral("buckets.") + QLatin1StringView(bucket.data(), qsizetype(bucket.size()))),
        member);
}

} // namespace

void addBuprenorphineShare(const Database &db, ReportScope &scope)
{
    SqlQuery q(db,
        QStringLiteral("SELECT client, MAX(CASE WHEN drug IN "
                       "('buprenorphine', 'buprenorphine_naloxone', 'buprenorphine_depot') "
                       "THEN 1 ELSE 0 END) ")
            + activeOnTo("'substitution'") + QStringLiteral(" GROUP BY client"));
    forwardOnly(q).bind(dateValue(scope.to())).bind(dateValue(scope.to())).exec();
    while (q.next()) {
        const QString client = q.value(0).toString();
        const bool buprenorphine = q.value(1).toInt() == 1;
        for (const ReportSlot &s : scope.client(client)) {
            Ratio &r = s.report->buprenorphineShare;
            ++r.denominator;
            if (buprenorphine) ++r.numerator;
            tell(s, "buprenorphine_share", {}, client, buprenorphine ? 1 : 0, 1);
        }
    }
}

void addAntabus(const Database &db, ReportScope &scope)
{
    // The drug decides, not the category: `other` drugs of category antabus are no disulfiram.
    SqlQuery clients(db,
        QStringLiteral("SELECT DISTINCT client FROM prescriptions "
                       "WHERE drug = 'disulfiram' AND start_date <= ? "
                       "AND (end_date IS NULL OR end_date >= ?) AND annulled_at IS NULL"));
    forwardOnly(clients).bind(dateValue(scope.to())).bind(dateValue(scope.from())).exec();
    while (clients.next()) {
        const QString client = clients.value(0).toString();
        for (const ReportSlot &s : scope.client(client)) {
            ++s.report->antabusClients;
            tell(s, "antabus_clients", {}, client, 1, 1);
        }
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
    std::vector<std::vector<reportmath::DaySpan>> episodes(std::size_t(scope.slotCount()));
    for (auto it = byClient.begin(); it != byClient.end(); ++it) {
        const SlotList slots = scope.client(it.key());
        for (const reportmath::DaySpan &e : reportmath::joinEpisodes(std::move(it.value()))) {
            if (!reportmath::endsIn(e, scope.from(), scope.to())) continue;
            for (const ReportSlot &s : slots) {
                episodes[std::size_t(s.index)].push_back(e);
                tellEpisode(s, it.key(), e);
            }
        }
    }
    for (int slot = 0; slot < scope.slotCount(); ++slot) {
        scope.report(slot).antabusEpisodes = reportmath::summarizeEpisodes(
            episodes[std::size_t(slot)], scope.from(), scope.to());
    }
}

void addMedicalReviewOverdue(const Database &db, ReportScope &scope)
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
    const QVariant to = dateValue(scope.to());
    const QVariant bound = dateValue(scope.to().addDays(-183));
    forwardOnly(q).bind(to).bind(to).bind(bound).bind(to).bind(bound).bind(to).exec();
    while (q.next()) {
        const QString client = q.value(0).toString();
        for (const ReportSlot &s : scope.client(client)) {
            ++s.report->medicalReviewOverdue;
            tell(s, "medical_review_overdue", {}, client, 1, 1);
        }
    }
}

void addSubstitutionQol(const Database &db, ReportScope &scope)
{
    SqlQuery q(db,
        QStringLiteral("SELECT c.client, a.id, a.date, a.quality_of_life FROM assessments a "
                       "JOIN courses c ON c.id = a.course "
                       "WHERE a.quality_of_life IS NOT NULL AND a.date <= ? "
                       "AND c.client IN (SELECT client ")
            + activeOnTo("'substitution'") + QLatin1Char(')'));
    forwardOnly(q)
        .bind(dateValue(scope.to()))
        .bind(dateValue(scope.to()))
        .bind(dateValue(scope.to()))
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
        for (const ReportSlot &s : scope.client(it.key())) {
            ++s.report->substitutionQol.denominator;
            if (keptOrBetter) ++s.report->substitutionQol.numerator;
            tell(s, "substitution_qol_rate", {}, it.key(), keptOrBetter ? 1 : 0, 1);
        }
    }
}

} // namespace mestring::core::reportqueries
