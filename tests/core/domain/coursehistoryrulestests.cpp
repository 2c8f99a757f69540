#include "core/domain/rules/coursehistoryrules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

Course ended(Course course, const char *end)
{
    course.endDate = date(end);
    course.endReason = EndReason::Completed;
    course.outcome = Outcome::Reduced;
    return course;
}

} // namespace

TEST_CASE(
    "Courses of the same kind one after the other are accepted", "[core][rules][courses][overlap]")
{
    const Course earlier = ended(alcoholCourse("k1"), "2025-01-09");
    Course later = alcoholCourse("k2");
    requireNoIssues(checkCourseOverlap(later, std::vector<Course> {earlier}));
}

TEST_CASE("Courses of different kinds may run at the same time", "[core][rules][courses][overlap]")
{
    requireNoIssues(
        checkCourseOverlap(drugCourse("k2"), std::vector<Course> {alcoholCourse("k1")}));
}

TEST_CASE(
    "Courses of other clients never overlap a client's course", "[core][rules][courses][overlap]")
{
    requireNoIssues(checkCourseOverlap(
        alcoholCourse("k2", "c1"), std::vector<Course> {alcoholCourse("k1", "c9")}));
}

TEST_CASE("A second open course of the same kind is refused", "[core][rules][courses][overlap]")
{
    Course second = alcoholCourse("k2");
    second.requestDate = date("2025-03-01");
    second.startDate = date("2025-03-05");
    const RuleIssues issues = checkCourseOverlap(second, std::vector<Course> {alcoholCourse("k1")});
    requireOnlyError(issues, "start_date");
    CHECK(issues.front().message.contains(str("k1")));
}

TEST_CASE("Courses touching on the same day overlap", "[core][rules][courses][overlap]")
{
    const Course earlier = ended(alcoholCourse("k1"), "2025-01-10");
    requireOnlyError(
        checkCourseOverlap(alcoholCourse("k2"), std::vector<Course> {earlier}), "start_date");
}

TEST_CASE(
    "A course not yet started overlaps from its request date", "[core][rules][courses][overlap]")
{
    Course waiting = alcoholCourse("k2");
    waiting.startDate = QDate();
    waiting.phases.clear();
    waiting.requestDate = date("2025-06-01");
    const Course earlier = ended(alcoholCourse("k1"), "2025-06-01");
    requireOnlyError(checkCourseOverlap(waiting, std::vector<Course> {earlier}), "request_date");
    const Course endedBefore = ended(alcoholCourse("k1"), "2025-05-31");
    requireNoIssues(checkCourseOverlap(waiting, std::vector<Course> {endedBefore}));
}

TEST_CASE("A course is not compared with its own stored record", "[core][rules][courses][overlap]")
{
    requireNoIssues(
        checkCourseOverlap(alcoholCourse("k1"), std::vector<Course> {alcoholCourse("k1")}));
}

TEST_CASE("A phase history that only moves forward needs no note", "[core][rules][courses][phases]")
{
    Course course = alcoholCourse();
    course.phases = {{Phase::Advice, date("2025-01-05")}, {Phase::Assessment, date("2025-01-10")},
        {Phase::Assessment, date("2025-01-12")}, {Phase::Aftercare, date("2025-03-01")}};
    CHECK_FALSE(phaseHistoryGoesBack(course));
    requireNoIssues(checkPhaseHistory(course, {}));
}

TEST_CASE("Going back to an earlier phase without a note that day is warned about",
    "[core][rules][courses][phases]")
{
    Course course = alcoholCourse();
    course.phases = {{Phase::Intro, date("2025-01-10")}, {Phase::Treatment, date("2025-02-01")},
        {Phase::Assessment, date("2025-03-03")}};
    CHECK(phaseHistoryGoesBack(course));
    const std::vector<JournalNote> otherDay {note("n1", "c1", "2025-03-04T09:00:00+01:00")};
    requireOnlyWarning(checkPhaseHistory(course, otherDay), "phases[2].phase");
}

TEST_CASE("Going back to an earlier phase with a note of the client that day is accepted",
    "[core][rules][courses][phases]")
{
    Course course = alcoholCourse();
    course.phases = {{Phase::Treatment, date("2025-02-01")}, {Phase::Intro, date("2025-03-03")}};
    const std::vector<JournalNote> sameDay {note("n1", "c1", "2025-03-03T15:30:00+01:00")};
    requireNoIssues(checkPhaseHistory(course, sameDay));
    JournalNote onThisCourse = sameDay.front();
    onThisCourse.course = course.id;
    requireNoIssues(checkPhaseHistory(course, std::vector<JournalNote> {onThisCourse}));
}

TEST_CASE("A note of another client or another course does not explain a step back",
    "[core][rules][courses][phases]")
{
    Course course = alcoholCourse();
    course.phases = {{Phase::Treatment, date("2025-02-01")}, {Phase::Intro, date("2025-03-03")}};
    JournalNote otherClient = note("n1", "c9", "2025-03-03T10:00:00+01:00");
    JournalNote otherCourse = note("n2", "c1", "2025-03-03T10:00:00+01:00");
    otherCourse.course = str("k7");
    requireOnlyWarning(
        checkPhaseHistory(course, std::vector<JournalNote> {otherClient, otherCourse}),
        "phases[1].phase");
}
