#include "core/domain/registry.h"
#include "core/domain/rules/registryreportrules.h"
#include "core/domain/rules/waitinglistrules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

Course course(CourseKind kind, LegalBasis basis, const char *request, const char *start = nullptr,
    const char *end = nullptr)
{
    Course c;
    c.id = str("k1");
    c.client = str("c1");
    c.kind = kind;
    c.legalBasis = basis;
    c.requestDate = date(request);
    c.startDate = start ? date(start) : QDate();
    c.endDate = end ? date(end) : QDate();
    return c;
}

QDate deadline(const Course &c, RegistryEvent event)
{
    return registryDeadline(c, event);
}

} // namespace

TEST_CASE("Drug courses go to Stofmisbrugsdatabasen, alcohol courses to NAB, anonymous courses "
          "nowhere",
    "[core][rules][registry]")
{
    CHECK(registerOf(course(CourseKind::Drug, LegalBasis::Sel101, "2025-01-02"), false)
        == Register::Smdb);
    CHECK(registerOf(course(CourseKind::Drug, LegalBasis::Sul142, "2025-01-02"), false)
        == Register::Smdb);
    CHECK(registerOf(course(CourseKind::Alcohol, LegalBasis::Sul141, "2025-01-02"), false)
        == Register::Nab);
    CHECK_FALSE(registerOf(course(CourseKind::Drug, LegalBasis::Sel101a, "2025-01-02"), false));
    CHECK_FALSE(registerOf(course(CourseKind::Alcohol, LegalBasis::Sul141, "2025-01-02"), true));
}

TEST_CASE("SEL 101 events are due 15 days after the end of their month, across years and leap "
          "years",
    "[core][rules][registry]")
{
    const Course c = course(CourseKind::Drug, LegalBasis::Sel101, "2025-01-31", "2025-02-10",
        "2025-12-03");
    CHECK(deadline(c, RegistryEvent::Request) == date("2025-02-15"));
    CHECK(deadline(c, RegistryEvent::Start) == date("2025-03-15")); // 28 February + 15
    CHECK(deadline(c, RegistryEvent::Discharge) == date("2026-01-15"));
    const Course leap = course(CourseKind::Drug, LegalBasis::Sel101, "2024-02-01", "2024-02-29");
    CHECK(deadline(leap, RegistryEvent::Request) == date("2024-03-15")); // 29 February + 15
    CHECK(deadline(leap, RegistryEvent::Start) == date("2024-03-15"));
    CHECK_FALSE(deadline(leap, RegistryEvent::Discharge).isValid()); // not ended
}

TEST_CASE("NAB events are due by the end of the following month, across years and leap years",
    "[core][rules][registry]")
{
    const Course c = course(CourseKind::Alcohol, LegalBasis::Sul141, "2024-01-31", "2024-03-31",
        "2025-12-01");
    CHECK(deadline(c, RegistryEvent::Request) == date("2024-02-29"));
    CHECK(deadline(c, RegistryEvent::Start) == date("2024-04-30"));
    CHECK(deadline(c, RegistryEvent::Discharge) == date("2026-01-31"));
    const Course common = course(CourseKind::Alcohol, LegalBasis::Sul141, "2025-01-01");
    CHECK(deadline(common, RegistryEvent::Request) == date("2025-02-28"));
}

TEST_CASE("SUL 142 events are due a month after the start of treatment, or after a later event",
    "[core][rules][registry]")
{
    const Course c = course(CourseKind::Drug, LegalBasis::Sul142, "2024-01-20", "2024-01-31",
        "2024-06-15");
    CHECK(deadline(c, RegistryEvent::Request) == date("2024-02-29")); // from the start, leap
    CHECK(deadline(c, RegistryEvent::Start) == date("2024-02-29"));
    CHECK(deadline(c, RegistryEvent::Discharge) == date("2024-07-15"));
    const Course common = course(CourseKind::Drug, LegalBasis::Sul142, "2025-01-20", "2025-01-31");
    CHECK(deadline(common, RegistryEvent::Start) == date("2025-02-28"));
    const Course december = course(CourseKind::Drug, LegalBasis::Sul142, "2025-12-10", "2025-12-31");
    CHECK(deadline(december, RegistryEvent::Start) == date("2026-01-31"));
}

TEST_CASE("A SUL 142 request is not due before treatment starts, unless it is withdrawn",
    "[core][rules][registry]")
{
    const Course waiting = course(CourseKind::Drug, LegalBasis::Sul142, "2025-03-03");
    const std::vector<RegistryDue> events = registryEvents(waiting);
    REQUIRE(events.size() == 1);
    CHECK(events.front().event == RegistryEvent::Request);
    CHECK(events.front().happened == date("2025-03-03"));
    CHECK_FALSE(events.front().deadline.isValid());
    const Course withdrawn
        = course(CourseKind::Drug, LegalBasis::Sul142, "2025-03-03", nullptr, "2025-03-20");
    CHECK(deadline(withdrawn, RegistryEvent::Request) == date("2025-04-20"));
}

TEST_CASE("A new course starting 10 days after the previous one ended is merged by the register, "
          "11 days is not",
    "[core][rules][registry]")
{
    Course previous = course(CourseKind::Alcohol, LegalBasis::Sul141, "2024-09-01", "2024-09-10",
        "2025-03-01");
    previous.id = str("k-old");
    Course next = course(CourseKind::Alcohol, LegalBasis::Sul141, "2025-03-05", "2025-03-11");
    next.id = str("k-new");
    const std::optional<RuleIssue> notice = registryMergeNotice({previous, next}, next, false);
    REQUIRE(notice);
    CHECK(notice->severity == RuleIssue::Severity::Warning);
    CHECK(notice->path == str("start_date"));
    CHECK(notice->message.contains(str("01-03-2025")));
    CHECK(registryMergedWith({previous}, next)->id == str("k-old"));

    next.startDate = date("2025-03-12");
    CHECK_FALSE(registryMergeNotice({previous, next}, next, false));
}

TEST_CASE("The merge notice counts from the request while a course has not started, and across "
          "29 February",
    "[core][rules][registry]")
{
    Course previous = course(CourseKind::Drug, LegalBasis::Sel101, "2023-10-01", "2023-10-10",
        "2024-02-20");
    previous.id = str("k-old");
    Course request = course(CourseKind::Drug, LegalBasis::Sel101, "2024-03-01");
    request.id = str("k-new");
    const std::optional<RuleIssue> notice = registryMergeNotice({previous}, request, false);
    REQUIRE(notice); // 20 February to 1 March 2024 is 10 days
    CHECK(notice->path == str("request_date"));
    request.requestDate = date("2024-03-02");
    CHECK_FALSE(registryMergeNotice({previous}, request, false));
}

TEST_CASE("No merge notice for another kind or an anonymous course", "[core][rules][registry]")
{
    Course previous = course(CourseKind::Drug, LegalBasis::Sel101, "2024-09-01", "2024-09-10",
        "2025-03-01");
    previous.id = str("k-old");
    const Course alcohol = course(CourseKind::Alcohol, LegalBasis::Sul141, "2025-03-02", "2025-03-03");
    CHECK_FALSE(registryMergeNotice({previous}, alcohol, false));
    Course drug = course(CourseKind::Drug, LegalBasis::Sel101, "2025-03-02", "2025-03-03");
    CHECK(registryMergeNotice({previous}, drug, false));
    CHECK_FALSE(registryMergeNotice({previous}, drug, true)); // an anonymous client
    drug.legalBasis = LegalBasis::Sel101a;
    CHECK_FALSE(registryMergeNotice({previous}, drug, false));
}

TEST_CASE("A registry mark needs its course, the day and who; it comes after the event",
    "[core][rules][registry]")
{
    const Course c = course(CourseKind::Drug, LegalBasis::Sel101, "2025-01-31", "2025-02-10");
    const RegistryReport ok {str("k1"), RegistryEvent::Start, date("2025-02-10"), str("s1")};
    requireNoIssues(checkRegistryReport(ok));
    requireNoIssues(checkRegistryReportOn(ok, c, false));

    RegistryReport early = ok;
    early.reportedOn = date("2025-02-09");
    requireOnlyError(checkRegistryReportOn(early, c, false), "reported_on");
    RegistryReport notYet = ok;
    notYet.event = RegistryEvent::Discharge;
    requireOnlyError(checkRegistryReportOn(notYet, c, false), "event");
    requireOnlyError(checkRegistryReportOn(ok, c, true), "course");
    RegistryReport nobody = ok;
    nobody.staff.clear();
    requireOnlyError(checkRegistryReport(nobody), "staff");
    RegistryReport undated = ok;
    undated.reportedOn = QDate();
    requireOnlyError(checkRegistryReport(undated), "reported_on");
}

TEST_CASE("A waiting-list entry names a person or a client and the day they asked",
    "[core][rules][waitinglist]")
{
    WaitingListEntry e {str("w1"), IndividualOffer::Relatives, str("Inge, 20 30 40 50"),
        QString(), date("2025-02-01")};
    requireNoIssues(checkWaitingListEntry(e));
    WaitingListEntry client = e;
    client.person.clear();
    client.client = str("c1");
    requireNoIssues(checkWaitingListEntry(client));
    WaitingListEntry nobody = e;
    nobody.person = str("  ");
    requireOnlyError(checkWaitingListEntry(nobody), "person");
    WaitingListEntry undated = e;
    undated.askedOn = QDate();
    requireOnlyError(checkWaitingListEntry(undated), "asked_on");
}

TEST_CASE("Taking someone off a waiting list needs the day and the reason, not before they asked",
    "[core][rules][waitinglist]")
{
    WaitingListEntry e {str("w1"), IndividualOffer::Relatives, str("Inge, 20 30 40 50"),
        QString(), date("2025-02-01")};
    e.takenOff = date("2025-02-01");
    e.takenOffReason = WaitingTakenOffReason::Declined;
    requireNoIssues(checkWaitingListEntry(e));
    WaitingListEntry early = e;
    early.takenOff = date("2025-01-31");
    requireOnlyError(checkWaitingListEntry(early), "taken_off");
    WaitingListEntry noReason = e;
    noReason.takenOffReason.reset();
    requireOnlyError(checkWaitingListEntry(noReason), "taken_off_reason");
    WaitingListEntry noDay = e;
    noDay.takenOff = QDate();
    requireOnlyError(checkWaitingListEntry(noDay), "taken_off");
}
