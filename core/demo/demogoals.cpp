#include "demoplans.h"

#include <algorithm>

namespace mestring::core::demo {

namespace {

struct GoalText
{
    QString text;
    QString measure;
};

const GoalText &goalText(DemoRandom &rng, Theme theme, CourseKind kind)
{
    auto row = [](const char16_t *text, const char16_t *measure) {
        return GoalText {QString::fromUtf16(text), QString::fromUtf16(measure)};
    };
    static const std::vector<std::vector<GoalText>> texts = {
        {row(u"Skabe struktur i hverdagen", u"Følger ugeplanen mindst 5 dage om ugen"),
            row(u"Håndtere trang uden rusmidler", u"Bruger sin trangplan ved trang"),
            row(u"Klare egen økonomi", u"Betaler husleje og regninger til tiden")},
        {row(u"Komme i gang med uddannelse eller job", u"Deltager i praktik 2 dage om ugen"),
            row(u"Fastholde arbejdet", u"Ingen sygedage på grund af forbrug"),
            row(u"Afklare uddannelsesønsker", u"Har holdt møde med UU-vejleder")},
        {row(u"Sove bedre", u"Sover mindst 6 timer de fleste nætter"),
            row(u"Tage hånd om fysisk helbred", u"Har været hos egen læge og tandlæge"),
            row(u"Spise regelmæssigt", u"Spiser tre måltider om dagen")},
        {row(u"Genoptage kontakten til familien", u"Ser familien mindst en gang om måneden"),
            row(u"Opbygge et netværk uden rusmidler", u"Går til en fritidsaktivitet hver uge"),
            row(u"Være en stabil forælder", u"Børnene kan bo hos borger hver anden weekend")},
        {row(u"Nedsætte alkoholforbruget", u"Højst 10 genstande om ugen"),
            row(u"Blive alkoholfri", u"Ingen alkohol i 8 uger"),
            row(u"Stoppe med at bruge stoffer", u"Negative urinprøver i 8 uger")},
    };
    const auto &list = texts[std::size_t(theme)];
    if (theme == Theme::SubstanceUse)
        return kind == CourseKind::Alcohol ? list[std::size_t(rng.uniform(0, 1))] : list[2];
    return rng.pick(list);
}

const QString &subGoalText(DemoRandom &rng)
{
    static const std::vector<QString> texts = {
        QStringLiteral("Lave en ugeplan"),
        QStringLiteral("Tale med sagsbehandleren"),
        QStringLiteral("Bestille tid hos egen læge"),
        QStringLiteral("Deltage i BASIS-gruppen"),
        QStringLiteral("Fortælle familien om behandlingen"),
        QString::fromUtf8("Finde en fritidsaktivitet"),
        QString::fromUtf8("Føre forbrugsdagbog i fire uger"),
        QString::fromUtf8("Lave en plan for økonomien med gældsrådgiver"),
    };
    return rng.pick(texts);
}

/// Whether scores tend to fall (improve): by outcome for ended courses, by chance otherwise.
int improvePermille(const Course &course)
{
    if (!course.outcome) return 450;
    switch (*course.outcome) {
    case Outcome::Abstinent:
    case Outcome::Reduced:
    case Outcome::Stabilised:
        return 600;
    case Outcome::Worsened:
        return 150;
    default:
        return 300;
    }
}

void addScores(DemoRandom &rng, Goal &goal, const QDate &created, const QDate &until, int improve)
{
    int score = *goal.baselineScore;
    for (QDate d = created.addDays(rng.uniform(84, 98)); d <= until;
         d = d.addDays(rng.uniform(84, 98))) {
        const int r = rng.uniform(0, 999);
        score = std::clamp(score + (r < improve ? -1 : r < improve + 200 ? 1 : 0), 0, 4);
        goal.scores.push_back({d, score});
    }
    if (goal.closedDate.isValid()
        && (goal.scores.empty() || goal.scores.back().date < goal.closedDate) && rng.chance(800)) {
        const int r = rng.uniform(0, 999);
        score = std::clamp(score + (r < improve ? -1 : 0), 0, 4);
        goal.scores.push_back({goal.closedDate, score});
    }
}

GoalStatus closingStatus(DemoRandom &rng, const Course &course, const Goal &goal)
{
    const bool early = course.endReason && *course.endReason != EndReason::Completed
        && *course.endReason != EndReason::Referred;
    if (early && rng.chance(500)) return GoalStatus::Abandoned;
    const int last = goal.scores.empty() ? *goal.baselineScore : goal.scores.back().score;
    if (last <= *goal.targetScore) return GoalStatus::Achieved;
    return last < *goal.baselineScore ? GoalStatus::PartlyAchieved : GoalStatus::NotAchieved;
}

void addSubGoals(DemoRandom &rng, Goal &goal, const QDate &created, const QDate &last)
{
    const int count = rng.uniform(1, 3);
    const int span = int(created.daysTo(goal.deadline));
    for (int i = 0; i < count; ++i) {
        SubGoal sub;
        sub.text = subGoalText(rng);
        sub.deadline = created.addDays(span * (i + 1) / (count + 1));
        const QDate done = sub.deadline.addDays(-rng.uniform(0, 14));
        if (done > created && done <= last && rng.chance(650)) sub.doneDate = done;
        goal.subgoals.push_back(std::move(sub));
    }
}

/// One goal created on `created`; returns its closing date (null while active).
QDate addGoal(DemoContext &ctx, DemoRandom &rng, int courseIndex, const QDate &created)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const QDate last = course.endDate.isValid() ? course.endDate : ctx.today;
    Goal goal;
    goal.id = ctx.nextId(IdKind::Goal);
    goal.course = course.id;
    goal.theme = ctx.covers.theme.pick(rng, {20, 15, 15, 15, 35});
    const GoalText &text = goalText(rng, goal.theme, course.kind);
    goal.text = text.text;
    goal.measure = text.measure;
    goal.deadline = created.addDays(rng.uniform(90, 270));
    goal.baselineScore = rng.uniform(2, 4);
    goal.targetScore = std::max(0, *goal.baselineScore - rng.uniform(1, 2));
    if (course.endDate.isValid()) {
        goal.closedDate = (goal.deadline < last && rng.chance(500)) ? goal.deadline : last;
    } else if (goal.deadline < ctx.today.addDays(-14) && rng.chance(600)) {
        goal.closedDate = goal.deadline.addDays(rng.uniform(0, 14));
    }
    addScores(rng, goal, created, goal.closedDate.isValid() ? goal.closedDate : last,
        improvePermille(course));
    goal.status = goal.closedDate.isValid() ? closingStatus(rng, course, goal) : GoalStatus::Active;
    ctx.covers.goalStatus.mark(goal.status);
    addSubGoals(rng, goal, created, minDate(last, goal.closedDate));
    const QDate closed = goal.closedDate;
    ctx.data.goals.push_back(std::move(goal));
    return closed;
}

} // namespace

void addGoals(DemoContext &ctx, DemoRandom &rng, int courseIndex)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    if (course.startDate.isNull()
        || ctx.courses[std::size_t(courseIndex)].profile == Profile::AdviceOnly)
        return;
    QDate planned = course.startDate.addDays(14);
    for (const PhaseEntry &p : course.phases) {
        if (p.phase >= Phase::Assessment) {
            planned = p.date;
            break;
        }
    }
    const QDate last = course.endDate.isValid() ? course.endDate : ctx.today;
    const int slots = 1 + rng.weighted({20, 45, 35});
    // Each slot holds one goal at a time, so no course ever has more than 3 active goals.
    for (int slot = 0; slot < slots; ++slot) {
        QDate created = planned.addDays(slot == 0 ? 0 : rng.uniform(0, 21));
        while (created < last) {
            const QDate closed = addGoal(ctx, rng, courseIndex, created);
            if (closed.isNull() || course.endDate.isValid()) break;
            created = closed.addDays(rng.uniform(0, 14));
            if (created > last.addDays(-30)) break;
        }
    }
}

} // namespace mestring::core::demo
