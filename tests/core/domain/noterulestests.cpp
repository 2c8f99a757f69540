#include "core/domain/rules/noterules.h"
#include "core/domain/rules/staffrules.h"
#include "core/domain/rules/targetrules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

const char *const noon = "2025-01-17T12:00:00+01:00";

EffectTarget target(const char *indicator, const char *breakdown, int year)
{
    EffectTarget t;
    t.indicator = str(indicator);
    t.breakdown = breakdown ? str(breakdown) : QString();
    t.year = year;
    t.baseline = 0.36;
    t.target = 0.47;
    return t;
}

} // namespace

TEST_CASE("A journal note that keeps every rule is accepted", "[core][rules][notes]")
{
    requireNoIssues(checkNote(note("n1", "c1", noon)));
}

TEST_CASE("A note without id, client, author, time or text is refused", "[core][rules][notes]")
{
    JournalNote noId = note("n1", "c1", noon);
    noId.id.clear();
    requireOnlyError(checkNote(noId), "id");
    JournalNote noClient = note("n1", "c1", noon);
    noClient.client.clear();
    requireOnlyError(checkNote(noClient), "client");
    JournalNote noAuthor = note("n1", "c1", noon);
    noAuthor.author.clear();
    requireOnlyError(checkNote(noAuthor), "author");
    JournalNote noTime = note("n1", "c1", noon);
    noTime.writtenAt = QDateTime();
    requireOnlyError(checkNote(noTime), "written_at");
    JournalNote noText = note("n1", "c1", noon);
    noText.text = str("\n ");
    requireOnlyError(checkNote(noText), "text");
}

TEST_CASE("A note on a course of its own client is accepted", "[core][rules][notes]")
{
    JournalNote n = note("n1", "c1", noon);
    n.course = str("k1");
    requireNoIssues(checkNoteCourse(n, alcoholCourse("k1", "c1")));
}

TEST_CASE("A note on another client's course is refused", "[core][rules][notes]")
{
    JournalNote n = note("n1", "c1", noon);
    n.course = str("k1");
    requireOnlyError(checkNoteCourse(n, alcoholCourse("k1", "c2")), "course");
}

TEST_CASE("An addendum to an existing note of the same client is accepted", "[core][rules][notes]")
{
    const JournalNote original = note("n1", "c1", noon);
    JournalNote addendum = note("n2", "c1", "2025-01-18T09:00:00+01:00");
    addendum.addendumTo = str("n1");
    requireNoIssues(checkAddendum(addendum, &original));
    requireNoIssues(checkAddendum(original, nullptr)); // not an addendum at all
}

TEST_CASE("An addendum to a note that does not exist is refused", "[core][rules][notes]")
{
    JournalNote addendum = note("n2", "c1", noon);
    addendum.addendumTo = str("n404");
    requireOnlyError(checkAddendum(addendum, nullptr), "addendum_to");
}

TEST_CASE("An addendum to another client's note is refused", "[core][rules][notes]")
{
    const JournalNote original = note("n1", "c9", noon);
    JournalNote addendum = note("n2", "c1", noon);
    addendum.addendumTo = str("n1");
    requireOnlyError(checkAddendum(addendum, &original), "addendum_to");
}

TEST_CASE("A note that is an addendum to itself is refused", "[core][rules][notes]")
{
    JournalNote n = note("n1", "c1", noon);
    n.addendumTo = str("n1");
    requireOnlyError(checkNote(n), "addendum_to");
}

TEST_CASE("A target for a known indicator and breakdown is accepted", "[core][rules][targets]")
{
    requireNoIssues(checkTarget(target("alcohol_success_rate", nullptr, 2025)));
    requireNoIssues(checkTarget(target("no_show_rate", "drug", 2025)));
    requireNoIssues(checkTarget(target("goal_mastery_rate", "self_management", 2025)));
    requireNoIssues(checkTarget(target("life_area_improvement", "mental_health", 2025)));
    requireNoIssues(checkTarget(target("post_discharge_followup_due", "post_6m", 2025)));
    requireNoIssues(checkTarget(target("phase_funnel", "drug.intro_to_assessment", 2025)));
    requireNoIssues(checkTarget(target("waiting_days_median", nullptr, 2025)));
}

TEST_CASE("A target for an unknown indicator is refused", "[core][rules][targets]")
{
    requireOnlyError(checkTarget(target("happiness_rate", nullptr, 2025)), "indicator");
}

TEST_CASE(
    "A target for a breakdown the indicator does not have is refused", "[core][rules][targets]")
{
    requireOnlyError(checkTarget(target("alcohol_success_rate", "drug", 2025)), "breakdown");
    requireOnlyError(checkTarget(target("completed_reduction_rate", "all", 2025)), "breakdown");
    requireOnlyError(checkTarget(target("phase_funnel", "drug", 2025)), "breakdown");
    requireOnlyError(
        checkTarget(target("phase_funnel", "drug.intro_to_treatment", 2025)), "breakdown");
}

TEST_CASE("A target without a sensible year is refused", "[core][rules][targets]")
{
    requireOnlyError(checkTarget(target("alcohol_success_rate", nullptr, 0)), "year");
}

TEST_CASE("A second target for the same indicator, breakdown and year is refused",
    "[core][rules][targets]")
{
    const std::vector<EffectTarget> stored {
        target("no_show_rate", "drug", 2025), target("no_show_rate", nullptr, 2025)};
    requireOnlyError(checkTargetUnique(target("no_show_rate", "drug", 2025), stored), "year");
    requireOnlyError(checkTargetUnique(target("no_show_rate", nullptr, 2025), stored), "year");
    requireNoIssues(checkTargetUnique(target("no_show_rate", "drug", 2026), stored));
    requireNoIssues(checkTargetUnique(target("no_show_rate", "alcohol", 2025), stored));
    requireNoIssues(checkTargetUnique(stored[0], stored)); // its own stored record
}

TEST_CASE("A staff member needs an id and a name", "[core][rules][staff]")
{
    requireNoIssues(checkStaffMember(staffMember("s1", Role::Therapist)));
    StaffMember noId = staffMember("s1", Role::Therapist);
    noId.id.clear();
    requireOnlyError(checkStaffMember(noId), "id");
    StaffMember noName = staffMember("s1", Role::Therapist);
    noName.name.clear();
    requireOnlyError(checkStaffMember(noName), "name");
}

TEST_CASE("A username held by another staff member is refused", "[core][rules][staff]")
{
    StaffMember anne = staffMember("s1", Role::Therapist);
    anne.username = str("anne");
    StaffMember other = staffMember("s2", Role::Nurse);
    other.username = str("anne");
    requireOnlyError(checkUsernameUnique(other, std::vector<StaffMember> {anne}), "username");
    other.username = str("anne2");
    requireNoIssues(checkUsernameUnique(other, std::vector<StaffMember> {anne}));
    other.username.clear(); // cannot log in: nothing to clash
    requireNoIssues(checkUsernameUnique(other, std::vector<StaffMember> {anne}));
    requireNoIssues(checkUsernameUnique(anne, std::vector<StaffMember> {anne}));
}
