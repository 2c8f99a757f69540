#include "demoplans.h"

#include <algorithm>

namespace mestring::core::demo {

namespace {

/// Severity at intake per life area and how far it falls by the end of the course.
struct Trajectory
{
    std::array<int, enumCount<LifeArea>()> intake {};
    std::array<bool, enumCount<LifeArea>()> asked {};
    int qualityOfLife = 8;
    int daysUsed = 20;
    int drinks = 0;
    int improvement = 0; // in tenths of a step per area over the course
};

Trajectory makeTrajectory(DemoRandom &rng, const Course &course)
{
    Trajectory t;
    const bool alcohol = course.kind == CourseKind::Alcohol;
    for (LifeArea area : enumValues<LifeArea>()) {
        const std::size_t i = std::size_t(area);
        t.intake[i] = rng.uniform(0, 3);
        int unaskedPermille = 50;
        if (area == LifeArea::Alcohol)
            unaskedPermille = alcohol ? 0 : 350;
        else if (area == LifeArea::Drugs)
            unaskedPermille = alcohol ? 450 : 0;
        else if (area == LifeArea::Crime)
            unaskedPermille = 200;
        else if (area == LifeArea::Economy)
            unaskedPermille = 150;
        t.asked[i] = !rng.chance(unaskedPermille);
    }
    t.intake[std::size_t(alcohol ? LifeArea::Alcohol : LifeArea::Drugs)] = rng.uniform(3, 4);
    t.qualityOfLife = rng.uniform(4, 12);
    t.daysUsed = rng.uniform(8, 28);
    t.drinks = alcohol ? rng.uniform(20, 90) : 0;
    static const int byOutcome[] = {25, 15, 15, 0, -10, 0}; // abstinent ... unknown
    t.improvement = course.outcome ? byOutcome[std::size_t(*course.outcome)] : rng.uniform(-5, 20);
    return t;
}

/// `progress` runs from 0 (intake) to 100 (end of course) and beyond for post follow-ups.
Assessment makeAssessment(DemoContext &ctx, DemoRandom &rng, const Course &course,
    const Trajectory &t, AssessmentType type, const QDate &date, int progress)
{
    Assessment a;
    a.id = ctx.nextId(IdKind::Assessment);
    a.course = course.id;
    a.date = date;
    a.type = type;
    const bool phone = type == AssessmentType::Post1m || type == AssessmentType::Post6m;
    const LifeArea primary
        = course.kind == CourseKind::Alcohol ? LifeArea::Alcohol : LifeArea::Drugs;
    const int shift = t.improvement * progress / 100; // tenths
    for (LifeArea area : enumValues<LifeArea>()) {
        const std::size_t i = std::size_t(area);
        if (!t.asked[i] || (phone && area != primary))
            continue; // not asked: phone follow-ups only ask about the primary substance
        const int noise = rng.uniform(-1, 1) * (rng.chance(300) ? 1 : 0);
        a.setArea(area, std::clamp(t.intake[i] - (shift + rng.uniform(0, 9)) / 10 + noise, 0, 4));
    }
    a.qualityOfLife = std::clamp(t.qualityOfLife + shift / 4 + rng.uniform(-2, 2), 0, 20);
    a.daysUsedLast28 = std::clamp(t.daysUsed - t.daysUsed * shift / 30 + rng.uniform(-3, 3), 0, 28);
    if (course.kind == CourseKind::Alcohol)
        a.drinksPerWeek = std::max(0, t.drinks - t.drinks * shift / 30 + rng.uniform(-5, 5));
    return a;
}

int progressAt(const Course &course, const QDate &date, const QDate &today)
{
    const QDate last = course.endDate.isValid() ? course.endDate : today;
    const qint64 span = std::max<qint64>(1, course.startDate.daysTo(last));
    return int(std::clamp<qint64>(course.startDate.daysTo(date) * 100 / span, 0, 100));
}

void addPostDischarge(
    DemoContext &ctx, DemoRandom &rng, const Course &course, const Trajectory &t, Scenario scenario)
{
    if (course.declinedFollowup || course.endReason == EndReason::Deceased) return;
    const QDate oneMonth = course.endDate.addDays(rng.uniform(28, 35));
    if (oneMonth <= ctx.today && scenario != Scenario::PostMissing && rng.chance(800))
        ctx.data.assessments.push_back(
            makeAssessment(ctx, rng, course, t, AssessmentType::Post1m, oneMonth, 105));
    const QDate sixMonths = course.endDate.addDays(rng.uniform(175, 190));
    if (sixMonths <= ctx.today && rng.chance(650))
        ctx.data.assessments.push_back(
            makeAssessment(ctx, rng, course, t, AssessmentType::Post6m, sixMonths, 110));
}

} // namespace

void addAssessments(DemoContext &ctx, DemoRandom &rng, int courseIndex)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    if (course.startDate.isNull()) return;
    const CourseInfo &info = ctx.courses[std::size_t(courseIndex)];
    const Trajectory t = makeTrajectory(rng, course);
    const QDate last = course.endDate.isValid() ? course.endDate : ctx.today;
    const QDate intake = minDate(course.startDate.addDays(rng.uniform(0, 7)), last);
    ctx.data.assessments.push_back(
        makeAssessment(ctx, rng, course, t, AssessmentType::Intake, intake, 0));
    if (info.profile == Profile::AdviceOnly) return;
    // Follow-ups every 80-90 days keep an open course's latest assessment within 91 days,
    // except for courses meant to show the "follow-up overdue" flag.
    const QDate followupsUntil = info.scenario == Scenario::FollowupOverdue
        ? ctx.today.addDays(-100 - rng.uniform(0, 40))
        : last.addDays(-1);
    for (QDate d = intake.addDays(rng.uniform(80, 90)); d <= followupsUntil;
         d = d.addDays(rng.uniform(80, 90))) {
        ctx.data.assessments.push_back(makeAssessment(
            ctx, rng, course, t, AssessmentType::Followup, d, progressAt(course, d, ctx.today)));
    }
    if (course.endDate.isNull()) return;
    const int dischargePermille = course.endReason == EndReason::Completed ? 950 : 450;
    if (course.endDate > intake && rng.chance(dischargePermille))
        ctx.data.assessments.push_back(
            makeAssessment(ctx, rng, course, t, AssessmentType::Discharge, course.endDate, 100));
    addPostDischarge(ctx, rng, course, t, info.scenario);
}

} // namespace mestring::core::demo
