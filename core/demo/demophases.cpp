#include "demophases.h"

#include <algorithm>

#include "core/demo/democourses.h"

namespace mestring::core::demo {

namespace {

int plannedDays(DemoRandom &rng, const Course &course, Profile profile)
{
    switch (profile) {
    case Profile::AdviceOnly:
        return rng.uniform(10, 45);
    case Profile::AlcoholAmbulant:
        return rng.uniform(60, 330);
    case Profile::AlcoholDay:
        return rng.uniform(42, 110);
    case Profile::AlcoholResidential:
    case Profile::DrugResidential:
        return course.plannedWeeks.value_or(12) * 7 + rng.uniform(-3, 7);
    case Profile::DrugSocial:
        return rng.uniform(90, 400);
    case Profile::Substitution:
        return rng.chance(300) ? rng.uniform(200, 700) : rng.uniform(700, 3000);
    case Profile::BenzoTaper:
        return rng.uniform(60, 200);
    case Profile::Outreach:
        return rng.uniform(120, 700);
    case Profile::AnonymousAlcohol:
    case Profile::AnonymousDrug:
        return rng.uniform(30, 180);
    }
    return 180;
}

Cover<EndReason>::Weights endReasonWeights(Profile profile)
{
    // completed, referred, prison, moved, dropout, expelled, client_stopped, deceased, other
    switch (profile) {
    case Profile::AdviceOnly:
        return {50, 40, 0, 0, 0, 0, 10, 0, 0};
    case Profile::AlcoholResidential:
    case Profile::DrugResidential:
        return {55, 5, 1, 1, 15, 8, 12, 1, 2};
    case Profile::Substitution:
    case Profile::Outreach:
        return {25, 20, 8, 12, 15, 3, 8, 5, 4};
    default:
        return {42, 10, 2, 5, 20, 1, 12, 1, 5};
    }
}

Cover<Outcome>::Weights outcomeWeights(EndReason reason, CourseKind kind)
{
    // abstinent, reduced, stabilised, unchanged, worsened, unknown
    Cover<Outcome>::Weights w;
    switch (reason) {
    case EndReason::Completed:
        w = {45, 35, 12, 6, 0, 2};
        break;
    case EndReason::Referred:
        w = {10, 30, 10, 25, 5, 20};
        break;
    case EndReason::Dropout:
        w = {2, 10, 3, 25, 15, 45};
        break;
    case EndReason::ClientStopped:
        w = {10, 35, 5, 25, 5, 20};
        break;
    case EndReason::Expelled:
        w = {0, 5, 0, 30, 45, 20};
        break;
    case EndReason::Deceased:
        w = {0, 0, 0, 10, 40, 50};
        break;
    default:
        w = {5, 20, 8, 25, 5, 37};
        break;
    }
    if (kind == CourseKind::Alcohol)
        w[std::size_t(Outcome::Stabilised)] = 0; // drug courses only (domain.md)
    return w;
}

bool endsEarly(EndReason reason)
{
    return reason != EndReason::Completed && reason != EndReason::Referred;
}

Phase firstPhase(DemoContext &ctx, DemoRandom &rng, Profile profile)
{
    if (profile == Profile::AdviceOnly) {
        ctx.covers.startPhase.mark(Phase::Advice);
        return Phase::Advice;
    }
    if (isResidential(profile)) return ctx.covers.startPhase.pick(rng, {0, 60, 0, 40, 0});
    return ctx.covers.startPhase.pick(rng, {10, 55, 35, 0, 0});
}

int daysInPhase(DemoRandom &rng, Phase phase)
{
    switch (phase) {
    case Phase::Advice:
        return rng.uniform(7, 21);
    case Phase::Intro:
        return rng.uniform(10, 28);
    case Phase::Assessment:
        return rng.uniform(14, 42);
    default:
        return rng.uniform(30, 120);
    }
}

} // namespace

void setResidentialStay(DemoRandom &rng, Course &course)
{
    static const std::vector<QString> providers = {
        QStringLiteral("Behandlingscenter Skovgården"),
        QStringLiteral("Døgncenter Fjordbakken"),
        QStringLiteral("Behandlingshjemmet Lindely"),
        QString::fromUtf8("Kollektivet Søbredden"),
    };
    course.residentialProvider = rng.pick(providers);
    course.plannedWeeks = rng.uniform(8, 16);
}

void decideEnd(DemoContext &ctx, DemoRandom &rng, Course &course, Profile profile)
{
    const int planned = std::max(7, plannedDays(rng, course, profile));
    QDate end = course.startDate.addDays(planned);
    if (end >= ctx.today) return;
    const EndReason reason = ctx.covers.endReason.pick(rng, endReasonWeights(profile));
    if (endsEarly(reason))
        end = course.startDate.addDays(std::max(7, planned * rng.uniform(20, 80) / 100));
    course.endDate = end;
    course.endReason = reason;
    course.outcome = ctx.covers.outcome.pick(rng, outcomeWeights(reason, course.kind));
    course.declinedFollowup = reason != EndReason::Deceased && rng.chance(120);
}

std::vector<PhaseEntry> buildPhases(
    DemoContext &ctx, DemoRandom &rng, const Course &course, Profile profile)
{
    const QDate last = course.endDate.isValid() ? course.endDate : ctx.today;
    std::vector<PhaseEntry> phases {{firstPhase(ctx, rng, profile), course.startDate}};
    if (profile == Profile::AdviceOnly) return phases;
    QDate date = course.startDate;
    while (phases.back().phase < Phase::Treatment) {
        const Phase current = phases.back().phase;
        int step = rng.chance(120) ? 2 : 1; // phases may be skipped, never revisited
        const Phase next = Phase(std::min(int(current) + step, int(Phase::Treatment)));
        date = date.addDays(daysInPhase(rng, current));
        if (date > last) return phases;
        phases.push_back({next, date});
    }
    const bool completed = course.endReason == EndReason::Completed;
    const int treatedDays = int(date.daysTo(last));
    if ((completed && rng.chance(650) && treatedDays > 21)
        || (course.endDate.isNull() && treatedDays > 240 && rng.chance(250))) {
        const int before = rng.uniform(0, std::min(90, treatedDays - 14));
        phases.push_back({Phase::Aftercare, last.addDays(-before)});
    }
    return phases;
}

Scenario pickScenario(DemoContext &ctx, DemoRandom &rng, const Course &course, Profile profile)
{
    if (course.startDate.isNull()) return Scenario::None;
    if (course.endDate.isValid()) {
        const qint64 ago = course.endDate.daysTo(ctx.today);
        const bool due = ago >= 31 && ago <= 75 && !course.declinedFollowup
            && course.endReason != EndReason::Deceased;
        return due && ctx.decide(Feature::PostMissing, 150, rng) ? Scenario::PostMissing
                                                                 : Scenario::None;
    }
    const qint64 running = course.startDate.daysTo(ctx.today);
    const bool visits = !isResidential(profile);
    struct Candidate
    {
        Scenario scenario;
        Feature feature;
        bool eligible;
    };
    const Candidate candidates[] = {
        {Scenario::NoShowStreak, Feature::NoShowStreak, visits && running >= 45},
        {Scenario::SilentMonth, Feature::SilentMonth,
            visits && !isMedical(course) && running >= 60},
        {Scenario::FollowupOverdue, Feature::FollowupOverdue, running >= 130},
        {Scenario::ReviewOverdue, Feature::ReviewOverdue,
            profile == Profile::Substitution && running >= 250},
    };
    for (const Candidate &c : candidates) {
        if (c.eligible && ctx.need(c.feature)) {
            ctx.count(c.feature);
            return c.scenario;
        }
    }
    if (!rng.chance(ctx.params.scenarioPermille)) return Scenario::None;
    const Candidate &c = candidates[rng.uniform(0, 3)];
    return c.eligible ? c.scenario : Scenario::None;
}

} // namespace mestring::core::demo
