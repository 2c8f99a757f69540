#include "demoabsences.h"

#include <algorithm>

namespace mestring::core::demo {

namespace {

int absenceDays(DemoRandom &rng, AbsenceReason reason)
{
    switch (reason) {
    case AbsenceReason::Holiday:
        return rng.uniform(7, 21);
    case AbsenceReason::Hospital:
        return rng.uniform(2, 14);
    case AbsenceReason::Prison:
        return rng.uniform(14, 90);
    case AbsenceReason::Residential:
        return rng.uniform(28, 84);
    case AbsenceReason::Other:
        return rng.uniform(3, 14);
    }
    return 7;
}

const QString &absenceNote(DemoRandom &rng, AbsenceReason reason)
{
    static const std::vector<std::vector<QString>> notes = {
        {QStringLiteral("Sommerferie"), QStringLiteral("Ferie hos familie"),
            QStringLiteral("Efterårsferie")},
        {QStringLiteral("Indlagt på Regionshospitalet Viborg"),
            QStringLiteral("Indlagt på psykiatrisk afdeling"),
            QStringLiteral("Planlagt operation")},
        {QStringLiteral("Afsoner dom"), QStringLiteral("Varetægtsfængslet")},
        {QStringLiteral("Døgnophold på behandlingssted"), QStringLiteral("Ophold på forsorgshjem")},
        {QStringLiteral("Bortrejst"), QStringLiteral("Sygdom i familien")},
    };
    return rng.pick(notes[std::size_t(reason)]);
}

bool overlapsExisting(const ClientInfo &info, const DateRange &range)
{
    for (const DateRange &r : info.absences) {
        const QDate rEnd = r.to.isNull() ? QDate(9999, 12, 31) : r.to.addDays(3);
        const QDate end = range.to.isNull() ? QDate(9999, 12, 31) : range.to.addDays(3);
        if (range.from <= rEnd && r.from <= end) return true;
    }
    return false;
}

void addAbsence(
    DemoContext &ctx, DemoRandom &rng, int client, const DateRange &range, AbsenceReason reason)
{
    ClientInfo &info = ctx.clients[std::size_t(client)];
    if (overlapsExisting(info, range)) return;
    Absence absence;
    absence.id = ctx.nextId(IdKind::Absence);
    absence.client = ctx.data.clients[std::size_t(client)].id;
    absence.from = range.from;
    absence.to = range.to;
    absence.reason = reason;
    absence.note = absenceNote(rng, reason);
    ctx.covers.absenceReason.mark(reason);
    ctx.data.absences.push_back(std::move(absence));
    info.absences.push_back(range);
}

void addCurrentAbsences(DemoContext &ctx, DemoRandom &rng, int client, const Course &course)
{
    if (course.startDate.daysTo(ctx.today) < 30) return;
    if (ctx.decide(Feature::OpenAbsence, 8, rng)) {
        // Admitted a few days ago, discharge date not known yet.
        addAbsence(ctx, rng, client, {ctx.today.addDays(-rng.uniform(1, 10)), QDate()},
            AbsenceReason::Hospital);
    } else if (ctx.decide(Feature::FutureAbsence, 30, rng)) {
        const QDate from = ctx.today.addDays(rng.uniform(3, 30));
        addAbsence(
            ctx, rng, client, {from, from.addDays(rng.uniform(6, 14))}, AbsenceReason::Holiday);
    }
}

} // namespace

void addAbsences(DemoContext &ctx, DemoRandom &rng, int client, int firstCourse)
{
    for (std::size_t i = std::size_t(firstCourse); i < ctx.data.courses.size(); ++i) {
        const Course &course = ctx.data.courses[i];
        if (course.startDate.isNull() || course.setting == Setting::Residential) continue;
        const QDate last
            = course.endDate.isValid() ? course.endDate.addDays(-1) : ctx.today.addDays(-1);
        const int span = int(course.startDate.daysTo(last)) - 14;
        if (span < 30) continue;
        const int tries = 1 + span / 180;
        for (int t = 0; t < tries; ++t) {
            if (!rng.chance(400)) continue;
            const AbsenceReason reason = ctx.covers.absenceReason.choose(rng, {50, 18, 8, 8, 16});
            const int days = absenceDays(rng, reason);
            const QDate from = course.startDate.addDays(7 + rng.uniform(0, span));
            const QDate to = minDate(from.addDays(days - 1), last);
            if (from <= to) addAbsence(ctx, rng, client, {from, to}, reason);
        }
        if (course.endDate.isNull()) addCurrentAbsences(ctx, rng, client, course);
    }
}

} // namespace mestring::core::demo
