#include "servicefixture.h"

#include "core/services/assessmentservice.h"
#include "core/storage/assessmentrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

struct AssessmentFixture : ServiceFixture
{
    AssessmentService assessments {db, log};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Alcohol, QDate(2025, 1, 10));

    Assessment intakeAssessment()
    {
        Assessment a;
        a.course = course;
        a.date = QDate(2025, 1, 10);
        a.type = AssessmentType::Intake;
        a.setArea(LifeArea::Alcohol, 3);
        a.setArea(LifeArea::MentalHealth, 2);
        a.qualityOfLife = 9;
        a.daysUsedLast28 = 20;
        a.drinksPerWeek = 40;
        return a;
    }
};

} // namespace

TEST_CASE("An assessment within the ranges is recorded and listed per course, both logged",
    "[core][services][assessment]")
{
    AssessmentFixture f;
    const SaveResult saved = f.assessments.record(f.therapist, f.intakeAssessment());
    const std::vector<Assessment> list = f.assessments.forCourse(f.therapist, f.course);
    REQUIRE(list.size() == 1);
    CHECK(list[0].id == saved.id);
    CHECK(list[0].area(LifeArea::Alcohol) == 3);
    CHECK(f.logged(QStringLiteral("create"), f.client) == 1);
    CHECK(f.logged(QStringLiteral("read"), f.client) == 1);
}

TEST_CASE("Assessment values out of range are refused", "[core][services][assessment]")
{
    AssessmentFixture f;
    Assessment area = f.intakeAssessment();
    area.setArea(LifeArea::Crime, 5);
    f.refusedUnchanged([&] { f.assessments.record(f.therapist, area); });
    Assessment qol = f.intakeAssessment();
    qol.qualityOfLife = 21;
    f.refusedUnchanged([&] { f.assessments.record(f.therapist, qol); });
    Assessment days = f.intakeAssessment();
    days.daysUsedLast28 = 29;
    f.refusedUnchanged([&] { f.assessments.record(f.therapist, days); });
    Assessment drinks = f.intakeAssessment();
    drinks.drinksPerWeek = -1;
    f.refusedUnchanged([&] { f.assessments.record(f.therapist, drinks); });
}

TEST_CASE("A corrected assessment keeps its course", "[core][services][assessment]")
{
    AssessmentFixture f;
    Assessment a = f.intakeAssessment();
    a.id = f.assessments.record(f.therapist, a).id;
    a.qualityOfLife = 11;
    a.course = f.addCourse(f.client, CourseKind::Drug, QDate(2025, 2, 1));
    f.assessments.update(f.therapist, a);
    const Assessment stored = *AssessmentRepository(f.db).byId(a.id);
    CHECK(stored.qualityOfLife == 11);
    CHECK(stored.course == f.course);
}

TEST_CASE("A post-discharge follow-up after the client declined follow-up warns",
    "[core][services][assessment]")
{
    AssessmentFixture f;
    Course declined;
    declined.client = f.client;
    declined.kind = CourseKind::Drug;
    declined.legalBasis = LegalBasis::Sel101;
    declined.requestDate = QDate(2025, 1, 1);
    declined.startDate = QDate(2025, 1, 1);
    declined.endDate = QDate(2025, 3, 1);
    declined.endReason = EndReason::Completed;
    declined.outcome = Outcome::Abstinent;
    declined.declinedFollowup = true;
    Assessment a = f.intakeAssessment();
    a.course = f.addCourse(declined);
    a.type = AssessmentType::Post1m;
    a.date = QDate(2025, 4, 1);
    CHECK(f.assessments.record(f.therapist, a).warnings.size() == 1);
}

TEST_CASE("Administrative staff may not read or record assessments", "[core][services][assessment]")
{
    AssessmentFixture f;
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.assessments.record(f.admin, f.intakeAssessment()); });
    CHECK_THROWS_AS(f.assessments.forCourse(f.admin, f.course), PermissionDenied);
}
