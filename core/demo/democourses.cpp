#include "democourses.h"

#include <algorithm>

#include "core/demo/demophases.h"

namespace mestring::core::demo {

namespace {

using ProfileWeights = Cover<Profile, profileCount>::Weights;

ProfileWeights profileWeights(
    const DemoParams &params, const Client &client, const ClientInfo &info)
{
    if (client.anonymous) return {0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 50};
    if (info.youth) return {8, 20, 0, 0, 60, 0, 0, 3, 2, 0, 0};
    return {5, 30, 5, 3, 22, params.substitutionWeight, 3, 4, 5, 0, 0};
}

Profile nextProfile(DemoContext &ctx, DemoRandom &rng, int client, const Course *previous)
{
    const Client &c = ctx.data.clients[std::size_t(client)];
    if (previous && previous->endReason == EndReason::Referred && !c.anonymous && rng.chance(500))
        return previous->kind == CourseKind::Alcohol ? Profile::AlcoholResidential
                                                     : Profile::DrugResidential;
    // Chosen, not marked: a profile counts as shown once a course of it has really run.
    return ctx.covers.profile.choose(
        rng, profileWeights(ctx.params, c, ctx.clients[std::size_t(client)]));
}

Substance primarySubstance(DemoContext &ctx, DemoRandom &rng, Profile profile)
{
    using W = Cover<Substance>::Weights;
    Cover<Substance> &cover = ctx.covers.substance;
    switch (profile) {
    case Profile::AlcoholAmbulant:
    case Profile::AlcoholDay:
    case Profile::AlcoholResidential:
    case Profile::AnonymousAlcohol:
        cover.mark(Substance::Alcohol);
        return Substance::Alcohol;
    case Profile::Substitution:
        cover.mark(Substance::Opioids);
        return Substance::Opioids;
    case Profile::BenzoTaper:
        cover.mark(Substance::Benzodiazepines);
        return Substance::Benzodiazepines;
    case Profile::DrugSocial:
        return cover.pick(rng, W {0, 40, 0, 25, 20, 5, 10});
    case Profile::DrugResidential:
        return cover.pick(rng, W {0, 25, 25, 25, 20, 0, 5});
    case Profile::Outreach:
        return cover.pick(rng, W {0, 10, 45, 15, 20, 0, 10});
    case Profile::AnonymousDrug:
        return cover.pick(rng, W {0, 60, 0, 35, 5, 0, 0});
    case Profile::AdviceOnly:
        return cover.pick(rng, W {50, 30, 0, 10, 5, 0, 5});
    }
    return Substance::Other;
}

std::vector<Substance> secondarySubstances(DemoRandom &rng, Substance primary)
{
    static const Substance candidates[] = {Substance::Alcohol, Substance::Cannabis,
        Substance::Benzodiazepines, Substance::Cocaine, Substance::Amphetamine};
    const int drugChance[] = {300, 300, 150, 150, 100};
    const int alcoholChance[] = {0, 150, 100, 40, 20};
    std::vector<Substance> out;
    for (std::size_t i = 0; i < std::size(candidates) && out.size() < 2; ++i) {
        const int chance = primary == Substance::Alcohol ? alcoholChance[i] : drugChance[i];
        if (candidates[i] != primary && rng.chance(chance)) out.push_back(candidates[i]);
    }
    return out;
}

LegalBasis legalBasisOf(Profile profile, Substance primary)
{
    switch (profile) {
    case Profile::Substitution:
    case Profile::BenzoTaper:
        return LegalBasis::Sul142;
    case Profile::DrugResidential:
        return LegalBasis::Sel107;
    case Profile::AnonymousDrug:
        return LegalBasis::Sel101a;
    case Profile::Outreach:
        return primary == Substance::Opioids ? LegalBasis::Sul142 : LegalBasis::Sel101;
    case Profile::DrugSocial:
        return LegalBasis::Sel101;
    case Profile::AdviceOnly:
        return primary == Substance::Alcohol ? LegalBasis::Sul141 : LegalBasis::Sel101;
    default:
        return LegalBasis::Sul141;
    }
}

Program pickProgram(DemoContext &ctx, DemoRandom &rng, Profile profile, const ClientInfo &info)
{
    if (profile == Profile::Outreach) {
        ctx.covers.program.mark(Program::Outreach);
        return Program::Outreach;
    }
    const bool youthOk = info.youth
        && (profile == Profile::AdviceOnly || profile == Profile::AlcoholAmbulant
            || profile == Profile::DrugSocial);
    const bool familyOk = info.children
        && (profile == Profile::AlcoholAmbulant || profile == Profile::AlcoholDay
            || profile == Profile::DrugSocial);
    return ctx.covers.program.pick(
        rng, {youthOk || familyOk ? 20 : 100, youthOk ? 80 : 0, familyOk ? 50 : 0, 0});
}

void pickWait(DemoContext &ctx, DemoRandom &rng, Course &course, bool anonymous)
{
    static const std::vector<QString> delayReasons = {
        QStringLiteral("Borger ønskede selv at vente til efter ferien"),
        QStringLiteral("Borger udeblev fra første samtale; ny tid aftalt"),
        QStringLiteral("Ventetid på plads i døgnbehandling"),
        QStringLiteral("Borger var indlagt ved planlagt opstart"),
    };
    int wait = rng.weighted({5, 25, 35, 25, 10}) * 3 + rng.uniform(0, 2); // 0-14 days
    if (anonymous) {
        // Only SEL § 101 a courses are exempt as anonymous; anonymous alcohol treatment is not.
        if (course.legalBasis == LegalBasis::Sel101a)
            course.guaranteeExempt = GuaranteeExempt::Anonymous;
        wait = rng.uniform(0, 7);
    } else if (ctx.decide(Feature::FreeChoice, 25, rng)) {
        course.guaranteeExempt = GuaranteeExempt::FreeChoice;
        wait = rng.uniform(7, 45);
    } else if (ctx.decide(Feature::DelayedStart, 40, rng)) {
        wait = rng.uniform(15, 35);
        course.guaranteeDelayReason = rng.pick(delayReasons);
    }
    course.startDate = course.requestDate.addDays(wait);
}

int pickResponsible(DemoContext &ctx, DemoRandom &rng, const Course &course, Profile profile)
{
    if (course.startDate.isNull() || course.startDate > ctx.today)
        return ctx.randomStaff(ctx.intake, rng);
    if (course.program == Program::Family) return ctx.randomStaff(ctx.familyTherapists, rng);
    if (!ctx.formerTherapists.empty() && course.endDate.isValid()
        && course.endDate < ctx.today.addDays(-120) && rng.chance(250))
        return ctx.randomStaff(ctx.formerTherapists, rng);
    if ((profile == Profile::Substitution || profile == Profile::BenzoTaper) && rng.chance(400))
        return ctx.randomStaff(ctx.nurses, rng);
    if (rng.chance(120)) // family therapists work as therapists too (domain.md section 1)
        return ctx.randomStaff(ctx.familyTherapists, rng);
    return ctx.randomStaff(ctx.therapists, rng);
}

} // namespace

CourseKind kindOf(Profile profile, Substance primary)
{
    switch (profile) {
    case Profile::AlcoholAmbulant:
    case Profile::AlcoholDay:
    case Profile::AlcoholResidential:
    case Profile::AnonymousAlcohol:
        return CourseKind::Alcohol;
    case Profile::AdviceOnly:
        return primary == Substance::Alcohol ? CourseKind::Alcohol : CourseKind::Drug;
    default:
        return CourseKind::Drug;
    }
}

bool isResidential(Profile profile)
{
    return profile == Profile::AlcoholResidential || profile == Profile::DrugResidential;
}

bool isMedical(const Course &course)
{
    return course.legalBasis == LegalBasis::Sul142;
}

namespace {

int addCourse(DemoContext &ctx, DemoRandom &rng, int client, Profile profile, const QDate &request,
    bool pendingOnly)
{
    const bool anonymous = ctx.data.clients[std::size_t(client)].anonymous;
    Course course;
    course.id = ctx.nextId(IdKind::Course);
    course.client = ctx.data.clients[std::size_t(client)].id;
    course.primarySubstance = primarySubstance(ctx, rng, profile);
    course.kind = kindOf(profile, course.primarySubstance);
    course.legalBasis = legalBasisOf(profile, course.primarySubstance);
    course.secondarySubstances = secondarySubstances(rng, course.primarySubstance);
    course.program = pickProgram(ctx, rng, profile, ctx.clients[std::size_t(client)]);
    course.setting = isResidential(profile) ? Setting::Residential
        : (profile == Profile::AlcoholDay || (profile == Profile::DrugSocial && rng.chance(150)))
        ? Setting::Day
        : Setting::Ambulant;
    if (course.setting == Setting::Residential) setResidentialStay(rng, course);
    course.requestDate = request;
    pickWait(ctx, rng, course, anonymous);
    if (!pendingOnly && course.startDate > ctx.today && !course.guaranteeExempt
        && course.requestDate < ctx.today.addDays(-16))
        course.startDate = ctx.today.addDays(-rng.uniform(0, 2)); // long waits have started by now
    if (pendingOnly || course.startDate > ctx.today) {
        course.startDate = QDate();
        course.guaranteeDelayReason.clear();
    } else {
        decideEnd(ctx, rng, course, profile);
        course.phases = buildPhases(ctx, rng, course, profile);
    }
    course.responsible = ctx.staffId(pickResponsible(ctx, rng, course, profile));
    const bool ran = course.startDate.isValid() && course.startDate <= ctx.today.addDays(-30)
        && (course.endDate.isNull() || course.startDate.daysTo(course.endDate) >= 14);
    if (ran) ctx.covers.profile.mark(profile);
    CourseInfo info;
    info.client = client;
    info.profile = profile;
    info.scenario = pickScenario(ctx, rng, course, profile);
    ctx.data.courses.push_back(std::move(course));
    ctx.courses.push_back(info);
    return int(ctx.data.courses.size()) - 1;
}

void addConcurrent(
    DemoContext &ctx, DemoRandom &rng, int client, const QDate &firstRequest, int firstCourse)
{
    bool alcohol = false;
    bool drug = false;
    for (std::size_t i = std::size_t(firstCourse); i < ctx.data.courses.size(); ++i)
        (ctx.data.courses[i].kind == CourseKind::Alcohol ? alcohol : drug) = true;
    const QDate last = ctx.today.addDays(-20);
    if ((alcohol && drug) || firstRequest >= last || !ctx.decide(Feature::Concurrent, 50, rng))
        return;
    const Profile profile = alcohol
        ? (rng.chance(400) ? Profile::Substitution : Profile::DrugSocial)
        : Profile::AlcoholAmbulant;
    const QDate request = firstRequest.addDays(rng.uniform(0, int(firstRequest.daysTo(last))));
    addCourse(ctx, rng, client, profile, request, false);
}

} // namespace

void addCourses(
    DemoContext &ctx, DemoRandom &rng, int client, const QDate &firstRequest, bool pendingOnly)
{
    const int firstCourse = int(ctx.data.courses.size());
    if (pendingOnly) {
        addCourse(ctx, rng, client, nextProfile(ctx, rng, client, nullptr), firstRequest, true);
        return;
    }
    QDate request = firstRequest;
    int previous = -1;
    for (int n = 0; n < 8; ++n) {
        const Course *prev = previous < 0 ? nullptr : &ctx.data.courses[std::size_t(previous)];
        const int index
            = addCourse(ctx, rng, client, nextProfile(ctx, rng, client, prev), request, false);
        const Course &course = ctx.data.courses[std::size_t(index)];
        if (course.endDate.isNull() || !rng.chance(ctx.params.returnPermille)) break;
        const bool onwards = course.endReason == EndReason::Referred;
        request = course.endDate.addDays(onwards ? rng.uniform(1, 10) : rng.uniform(30, 720));
        if (request >= ctx.today) break;
        previous = index;
    }
    if (!ctx.data.clients[std::size_t(client)].anonymous)
        addConcurrent(ctx, rng, client, firstRequest, firstCourse);
}

} // namespace mestring::core::demo
