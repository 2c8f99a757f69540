#include "core/domain/rules/assessmentrules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

Assessment intake()
{
    Assessment a;
    a.id = str("a1");
    a.course = str("k1");
    a.date = date("2025-01-10");
    a.type = AssessmentType::Intake;
    a.setArea(LifeArea::Alcohol, 3);
    a.setArea(LifeArea::MentalHealth, 0);
    a.setArea(LifeArea::Crime, 4);
    a.qualityOfLife = 4;
    a.daysUsedLast28 = 28;
    a.drinksPerWeek = 40;
    return a;
}

} // namespace

TEST_CASE("An assessment with scores in range is accepted", "[core][rules][assessments]")
{
    requireNoIssues(checkAssessment(intake()));
    Assessment edges = intake();
    edges.qualityOfLife = 20;
    edges.daysUsedLast28 = 0;
    edges.drinksPerWeek = 0;
    requireNoIssues(checkAssessment(edges));
    Assessment empty = intake();
    empty.areas = {};
    empty.qualityOfLife.reset();
    empty.daysUsedLast28.reset();
    empty.drinksPerWeek.reset();
    requireNoIssues(checkAssessment(empty));
}

TEST_CASE("An assessment without id, course or date is refused", "[core][rules][assessments]")
{
    Assessment noId = intake();
    noId.id.clear();
    requireOnlyError(checkAssessment(noId), "id");
    Assessment noCourse = intake();
    noCourse.course.clear();
    requireOnlyError(checkAssessment(noCourse), "course");
    Assessment noDate = intake();
    noDate.date = QDate();
    requireOnlyError(checkAssessment(noDate), "date");
}

TEST_CASE(
    "A life-area severity outside 0-4 is refused at the area's field", "[core][rules][assessments]")
{
    Assessment high = intake();
    high.setArea(LifeArea::MentalHealth, 5);
    requireOnlyError(checkAssessment(high), "mental_health");
    Assessment low = intake();
    low.setArea(LifeArea::PhysicalHealth, -1);
    requireOnlyError(checkAssessment(low), "physical_health");
}

TEST_CASE("Quality of life outside 0-20 is refused", "[core][rules][assessments]")
{
    Assessment a = intake();
    a.qualityOfLife = 21;
    requireOnlyError(checkAssessment(a), "quality_of_life");
    a.qualityOfLife = -1;
    requireOnlyError(checkAssessment(a), "quality_of_life");
}

TEST_CASE("Days used outside 0-28 are refused", "[core][rules][assessments]")
{
    Assessment a = intake();
    a.daysUsedLast28 = 29;
    requireOnlyError(checkAssessment(a), "days_used_last_28");
    a.daysUsedLast28 = -1;
    requireOnlyError(checkAssessment(a), "days_used_last_28");
}

TEST_CASE("Negative drinks per week are refused", "[core][rules][assessments]")
{
    Assessment a = intake();
    a.drinksPerWeek = -1;
    requireOnlyError(checkAssessment(a), "drinks_per_week");
}
