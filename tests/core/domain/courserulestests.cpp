#include "core/domain/rules/courserules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

Course endedCourse()
{
    Course course = alcoholCourse();
    course.endDate = date("2025-06-30");
    course.endReason = EndReason::Completed;
    course.outcome = Outcome::Abstinent;
    return course;
}

} // namespace

TEST_CASE("An open and an ended course that keep every rule are accepted", "[core][rules][courses]")
{
    requireNoIssues(checkCourse(alcoholCourse()));
    requireNoIssues(checkCourse(drugCourse()));
    requireNoIssues(checkCourse(endedCourse()));
}

TEST_CASE("A course without id or client is refused", "[core][rules][courses]")
{
    Course noId = alcoholCourse();
    noId.id.clear();
    requireOnlyError(checkCourse(noId), "id");
    Course noClient = alcoholCourse();
    noClient.client.clear();
    requireOnlyError(checkCourse(noClient), "client");
}

TEST_CASE("A course needs a request date or a start date", "[core][rules][courses]")
{
    Course requestOnly = alcoholCourse();
    requestOnly.startDate = QDate();
    requestOnly.phases.clear();
    requireNoIssues(checkCourse(requestOnly));
    Course startOnly = alcoholCourse();
    startOnly.requestDate = QDate();
    requireNoIssues(checkCourse(startOnly));
    Course neither = requestOnly;
    neither.requestDate = QDate();
    requireOnlyError(checkCourse(neither), "request_date");
}

TEST_CASE("A legal basis that does not fit the course kind is refused", "[core][rules][courses]")
{
    Course alcoholUnderDrugLaw = alcoholCourse();
    for (LegalBasis basis : {LegalBasis::Sul142, LegalBasis::Sel101}) {
        alcoholUnderDrugLaw.legalBasis = basis;
        requireOnlyError(checkCourse(alcoholUnderDrugLaw), "legal_basis");
    }
    Course drugUnderAlcoholLaw = drugCourse();
    drugUnderAlcoholLaw.legalBasis = LegalBasis::Sul141;
    requireOnlyError(checkCourse(drugUnderAlcoholLaw), "legal_basis");
    Course medical = drugCourse();
    medical.legalBasis = LegalBasis::Sul142;
    requireNoIssues(checkCourse(medical));
}

TEST_CASE("A SEL 107 course must be residential", "[core][rules][courses]")
{
    Course course = drugCourse();
    course.legalBasis = LegalBasis::Sel107;
    requireOnlyError(checkCourse(course), "setting");
    course.setting = Setting::Residential;
    course.residentialProvider = str("Behandlingscenter Nord");
    course.plannedWeeks = 12;
    requireNoIssues(checkCourse(course));
    Course alcoholStay = alcoholCourse();
    alcoholStay.legalBasis = LegalBasis::Sel107;
    alcoholStay.setting = Setting::Residential;
    requireNoIssues(checkCourse(alcoholStay));
}

TEST_CASE("A SEL 101 a course must be ambulant and exempt as anonymous", "[core][rules][courses]")
{
    Course course = drugCourse();
    course.legalBasis = LegalBasis::Sel101a;
    course.guaranteeExempt = GuaranteeExempt::Anonymous;
    requireNoIssues(checkCourse(course));
    course.setting = Setting::Day;
    requireOnlyError(checkCourse(course), "setting");
    course.setting = Setting::Ambulant;
    course.guaranteeExempt.reset();
    requireOnlyError(checkCourse(course), "guarantee_exempt");
    course.guaranteeExempt = GuaranteeExempt::FreeChoice;
    requireOnlyError(checkCourse(course), "guarantee_exempt");
}

TEST_CASE(
    "The anonymous guarantee exemption is refused outside SEL 101 a", "[core][rules][courses]")
{
    Course course = drugCourse();
    course.guaranteeExempt = GuaranteeExempt::Anonymous;
    requireOnlyError(checkCourse(course), "guarantee_exempt");
    course.guaranteeExempt = GuaranteeExempt::FreeChoice;
    requireNoIssues(checkCourse(course));
}

TEST_CASE("An exempt course with a guarantee delay reason is refused", "[core][rules][courses]")
{
    Course course = alcoholCourse();
    course.guaranteeExempt = GuaranteeExempt::FreeChoice;
    course.guaranteeDelayReason = str("Waited for a place");
    requireOnlyError(checkCourse(course), "guarantee_delay_reason");
}

TEST_CASE(
    "Residential fields are refused on a course that is not residential", "[core][rules][courses]")
{
    Course provider = alcoholCourse();
    provider.residentialProvider = str("Behandlingscenter Nord");
    requireOnlyError(checkCourse(provider), "residential_provider");
    Course weeks = alcoholCourse();
    weeks.plannedWeeks = 8;
    requireOnlyError(checkCourse(weeks), "planned_weeks");
}

TEST_CASE("A residential course plans at least one week", "[core][rules][courses]")
{
    Course course = alcoholCourse();
    course.setting = Setting::Residential;
    course.plannedWeeks = 1;
    requireNoIssues(checkCourse(course));
    course.plannedWeeks = 0;
    requireOnlyError(checkCourse(course), "planned_weeks");
}

TEST_CASE("A course starting before its request is refused", "[core][rules][courses]")
{
    Course course = alcoholCourse();
    course.startDate = date("2025-01-01");
    course.phases.clear();
    requireOnlyError(checkCourse(course), "start_date");
    course.startDate = course.requestDate; // same day is fine
    requireNoIssues(checkCourse(course));
}

TEST_CASE("A course ending before it starts is refused", "[core][rules][courses]")
{
    Course course = endedCourse();
    course.endDate = date("2025-01-09");
    requireOnlyError(checkCourse(course), "end_date");
    course.endDate = course.startDate;
    requireNoIssues(checkCourse(course));
    Course neverStarted = endedCourse();
    neverStarted.startDate = QDate();
    neverStarted.phases.clear();
    neverStarted.endDate = date("2025-01-01");
    requireOnlyError(checkCourse(neverStarted), "end_date");
}

TEST_CASE("Phase dates that decrease are refused", "[core][rules][courses]")
{
    Course course = alcoholCourse();
    course.phases = {{Phase::Advice, date("2025-01-05")}, {Phase::Intro, date("2025-01-10")},
        {Phase::Treatment, date("2025-01-09")}};
    requireOnlyError(checkCourse(course), "phases[2].date");
    course.phases[2].date = date("2025-01-10"); // the same day is fine
    requireNoIssues(checkCourse(course));
}

TEST_CASE("A phase entry without a date is refused", "[core][rules][courses]")
{
    Course course = alcoholCourse();
    course.phases.push_back({Phase::Treatment, QDate()});
    requireOnlyError(checkCourse(course), "phases[1].date");
}

TEST_CASE("An ended course without an end reason is refused", "[core][rules][courses]")
{
    Course course = endedCourse();
    course.endReason.reset();
    requireOnlyError(checkCourse(course), "end_reason");
}

TEST_CASE("An ended course without an outcome is refused", "[core][rules][courses]")
{
    Course course = endedCourse();
    course.outcome.reset();
    requireOnlyError(checkCourse(course), "outcome");
}

TEST_CASE("An end reason or outcome without an end date is refused", "[core][rules][courses]")
{
    Course reason = alcoholCourse();
    reason.endReason = EndReason::Dropout;
    requireOnlyError(checkCourse(reason), "end_reason");
    Course outcome = alcoholCourse();
    outcome.outcome = Outcome::Unknown;
    requireOnlyError(checkCourse(outcome), "outcome");
}

TEST_CASE("The outcome stabilised is refused on an alcohol course", "[core][rules][courses]")
{
    Course alcohol = endedCourse();
    alcohol.outcome = Outcome::Stabilised;
    requireOnlyError(checkCourse(alcohol), "outcome");
    Course drug = endedCourse();
    drug.kind = CourseKind::Drug;
    drug.legalBasis = LegalBasis::Sel101;
    drug.outcome = Outcome::Stabilised;
    requireNoIssues(checkCourse(drug));
}

TEST_CASE("A course started after day 14 without a delay reason is warned about",
    "[core][rules][courses][guarantee]")
{
    Course course = alcoholCourse();
    course.phases.clear();
    course.startDate = course.requestDate.addDays(14);
    requireNoIssues(checkCourse(course));
    course.startDate = course.requestDate.addDays(15);
    requireOnlyWarning(checkCourse(course), "guarantee_delay_reason");
    course.guaranteeDelayReason = str("The citizen asked to wait until after the holiday.");
    requireNoIssues(checkCourse(course));
}

TEST_CASE(
    "An exempt course started late needs no delay reason", "[core][rules][courses][guarantee]")
{
    Course course = alcoholCourse();
    course.phases.clear();
    course.startDate = course.requestDate.addDays(40);
    course.guaranteeExempt = GuaranteeExempt::FreeChoice;
    requireNoIssues(checkCourse(course));
}

TEST_CASE("An anonymous client's course must be ambulant", "[core][rules][courses]")
{
    Course course = drugCourse("k2", "c2");
    requireNoIssues(checkCourseClient(course, anonymousClient("c2")));
    course.setting = Setting::Day;
    requireOnlyError(checkCourseClient(course, anonymousClient("c2")), "setting");
    requireNoIssues(checkCourseClient(course, namedClient("c2")));
}
