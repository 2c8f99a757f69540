#include "indicatorqueries.h"
#include "reportmath.h"

#include <QHash>

#include "core/storage/sqlquery.h"

namespace mestring::core::reportqueries {

void addGoalMastery(const Database &db, ReportScope &scope)
{
    // A goal has at most one score per date, so the last score is the one of the latest date.
    SqlQuery q(db,
        QStringLiteral("SELECT g.theme, g.baseline_score, "
                       "  (SELECT s.score FROM goal_scores s WHERE s.goal = g.id AND s.date = "
                       "    (SELECT MAX(l.date) FROM goal_scores l WHERE l.goal = g.id)), g.course "
                       "FROM goals g WHERE g.closed_date >= ? AND g.closed_date <= ? "
                       "AND g.baseline_score IS NOT NULL"));
    forwardOnly(q).bind(dateValue(scope.from())).bind(dateValue(scope.to())).exec();
    while (q.next()) {
        if (q.value(2).isNull()) continue; // no status score
        const bool mastered = q.value(2).toInt() <= q.value(1).toInt();
        const auto theme = parseEnum<Theme>(q.value(0).toString());
        const QString course = q.value(3).toString();
        for (const ReportSlot &s : scope.course(course)) {
            const auto count = [&](Ratio &r, QStringView key) {
                ++r.denominator;
                if (mastered) ++r.numerator;
                tell(s, "goal_mastery_rate", key, course, mastered ? 1 : 0, 1);
            };
            count(s.report->goalMasteryAll, u"all");
            if (theme)
                count(s.report->goalMasteryByTheme[std::size_t(*theme)], enumCode(*theme));
        }
    }
}

namespace {

struct AreaScores
{
    reportmath::DatedId at;
    std::array<std::optional<int>, enumCount<LifeArea>()> scores;
};

struct CourseAssessments
{
    std::optional<AreaScores> earliestIntake;
    std::optional<AreaScores> latestDischarge;
};

void countChanges(const QString &id, const CourseAssessments &course, const ReportSlot &slot)
{
    if (!course.earliestIntake || !course.latestDischarge) return;
    for (std::size_t area = 0; area < slot.report->lifeAreas.size(); ++area) {
        const std::optional<int> before = course.earliestIntake->scores[area];
        const std::optional<int> after = course.latestDischarge->scores[area];
        if (!before || !after) continue; // the area was not asked at one of them
        AreaChange &change = slot.report->lifeAreas[area];
        if (slot.sink) {
            tell(slot, "life_area_improvement", enumCode(LifeArea(area)), id,
                *after < *before ? 1 : 0, 1);
        }
        if (*after < *before)
            ++change.improved;
        else if (*after == *before)
            ++change.unchanged;
        else
            ++change.worsened;
    }
}

} // namespace

void addLifeAreas(const Database &db, ReportScope &scope)
{
    // The area columns are named by the life areas' codes.
    QString columns;
    for (LifeArea area : enumValues<LifeArea>())
        columns += QStringLiteral(", a.") + enumCode(area);
    SqlQuery q(db,
        QStringLiteral("SELECT a.course, a.id, a.date, a.type") + columns
            + QStringLiteral(" FROM assessments a JOIN courses c ON c.id = a.course "
                             "WHERE c.end_date >= ? AND c.end_date <= ? "
                             "AND a.type IN ('intake', 'discharge')"));
    forwardOnly(q).bind(dateValue(scope.from())).bind(dateValue(scope.to())).exec();
    QHash<QString, CourseAssessments> byCourse;
    while (q.next()) {
        AreaScores s;
        s.at = {dateFrom(q.value(2)), q.value(1).toString()};
        for (std::size_t area = 0; area < s.scores.size(); ++area)
            s.scores[area] = optionalIntFrom(q.value(4 + int(area)));
        CourseAssessments &course = byCourse[q.value(0).toString()];
        if (parseEnum<AssessmentType>(q.value(3).toString()) == AssessmentType::Intake) {
            if (!course.earliestIntake || reportmath::comesBefore(s.at, course.earliestIntake->at))
                course.earliestIntake = s;
        } else if (!course.latestDischarge
            || reportmath::comesBefore(course.latestDischarge->at, s.at)) {
            course.latestDischarge = s;
        }
    }
    for (auto it = byCourse.cbegin(); it != byCourse.cend(); ++it) {
        for (const ReportSlot &s : scope.course(it.key()))
            countChanges(it.key(), it.value(), s);
    }
}

} // namespace mestring::core::reportqueries
