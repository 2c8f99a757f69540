#include "core/domain/datasetchecker.h"

#include "ruletestsupport.h"
#include "support/sampledataset.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

// The sample centre: k1 (Jens, alcohol) has ORS and SRS of appointment p1 and an ORS of group
// session gs1; k3 (Karen, SEL 107) ended on 15 January 2025.
Dataset centre()
{
    return mestring::test::sampleDataset();
}

FitRating rating(const char *id, const char *appointment, const char *day, FitScale scale)
{
    FitRating r;
    r.id = str(id);
    r.course = str("k1");
    r.appointment = str(appointment);
    r.date = date(day);
    r.scale = scale;
    r.items = {50, 50, 50, 50};
    return r;
}

// The sample holds workflow warnings of its own; these tests are about data rules.
RuleIssues errors(const Dataset &d)
{
    RuleIssues result;
    for (const RuleIssue &issue : checkDataset(d)) {
        if (issue.isError()) result.push_back(issue);
    }
    return result;
}

} // namespace

TEST_CASE("The checker accepts the sample's FIT ratings, waiting lists and registry marks",
    "[core][rules][checker][fit]")
{
    requireNoIssues(errors(centre()));
}

TEST_CASE("The checker refuses a second ORS of one client in one session", "[core][rules][checker][fit]")
{
    Dataset d = centre();
    d.feedback.push_back(rating("fb9", "p1", "2025-01-17", FitScale::Ors));
    const RuleIssues issues = errors(d);
    requireOnlyError(issues, "feedback[3].scale");
    CHECK(issues.front().message.contains(str("feedback[0]")));
}

TEST_CASE("The checker refuses a second SRS of one client in one group session, also from "
          "another course of the client",
    "[core][rules][checker][fit]")
{
    Dataset d = centre();
    FitRating first = rating("fb8", "", "2025-02-03", FitScale::Srs);
    first.appointment.clear();
    first.session = str("gs1");
    d.feedback.push_back(first);
    requireNoIssues(errors(d)); // the ORS of gs1 is another scale

    // The client's drug course joins the group too and rates the same session again.
    Course drug = centre().courses[2];
    drug.id = str("k4");
    drug.client = str("c1");
    drug.kind = CourseKind::Drug;
    drug.legalBasis = LegalBasis::Sel101;
    drug.setting = Setting::Ambulant;
    drug.requestDate = date("2024-10-01");
    drug.startDate = date("2024-10-20");
    drug.endDate = date("2024-12-31");
    drug.residentialProvider.clear();
    drug.plannedWeeks.reset();
    d.courses.push_back(drug);
    d.groups[0].members.push_back({str("k4"), date("2024-10-20"), QDate()});
    FitRating second = first;
    second.id = str("fb9");
    second.course = str("k4");
    d.feedback.push_back(second);
    requireIssueAt(errors(d), "feedback[4].scale", Severity::Error);
}

TEST_CASE("The checker refuses FIT ratings of unknown sessions and courses",
    "[core][rules][checker][fit]")
{
    Dataset d = centre();
    d.feedback.push_back(rating("fb9", "p-none", "2025-01-17", FitScale::Ors));
    FitRating group = rating("fb10", "", "2025-02-03", FitScale::Srs);
    group.appointment.clear();
    group.session = str("gs-none");
    d.feedback.push_back(group);
    FitRating course = rating("fb11", "p1", "2025-01-17", FitScale::Ors);
    course.course = str("k-none");
    d.feedback.push_back(course);
    const RuleIssues issues = errors(d);
    requireIssueAt(issues, "feedback[3].appointment", Severity::Error);
    requireIssueAt(issues, "feedback[4].session", Severity::Error);
    requireIssueAt(issues, "feedback[5].course", Severity::Error);
}

TEST_CASE("The checker refuses a FIT rating dated off its session, of a missed session, or with "
          "an item out of range",
    "[core][rules][checker][fit]")
{
    Dataset d = centre();
    d.feedback[0].date = date("2025-01-18");
    d.feedback[1].items[2] = 105;
    FitRating missed = rating("fb9", "p3", "2024-11-01", FitScale::Ors);
    missed.course = str("k3");
    d.feedback.push_back(missed);
    const RuleIssues issues = errors(d);
    requireIssueAt(issues, "feedback[0].date", Severity::Error);
    requireIssueAt(issues, "feedback[1].items[2]", Severity::Error);
    requireIssueAt(issues, "feedback[3].appointment", Severity::Error); // p3 was a no-show
}

TEST_CASE("The checker refuses a waiting-list entry for an unknown client or without anyone",
    "[core][rules][checker][waitinglist]")
{
    Dataset d = centre();
    d.waitingLists[1].client = str("c-none");
    d.waitingLists[0].person.clear();
    const RuleIssues issues = errors(d);
    requireIssueAt(issues, "waiting_lists[1].client", Severity::Error);
    requireIssueAt(issues, "waiting_lists[0].person", Severity::Error);
}

TEST_CASE("The checker refuses a second mark of one event, a mark on an anonymous course and a "
          "mark before the event",
    "[core][rules][checker][registry]")
{
    Dataset d = centre();
    d.registryReports.push_back({str("k1"), RegistryEvent::Start, date("2025-02-01"), str("s1")});
    d.registryReports.push_back({str("k2"), RegistryEvent::Start, date("2025-02-01"), str("s1")});
    d.registryReports.push_back({str("k3"), RegistryEvent::Start, date("2024-10-19"), str("s1")});
    d.registryReports.push_back({str("k1"), RegistryEvent::Discharge, date("2025-02-01"),
        str("s-none")});
    const RuleIssues issues = errors(d);
    requireIssueAt(issues, "registry_reports[3].event", Severity::Error);
    requireIssueAt(issues, "registry_reports[4].course", Severity::Error);
    requireIssueAt(issues, "registry_reports[5].reported_on", Severity::Error);
    requireIssueAt(issues, "registry_reports[6].staff", Severity::Error);
    requireIssueAt(issues, "registry_reports[6].event", Severity::Error); // k1 has not ended
}
