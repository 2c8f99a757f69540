#include "core/domain/datasetchecker.h"

#include "ruletestsupport.h"
#include "support/sampledataset.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

// A small centre that keeps every rule, data and workflow alike.
Dataset validDataset()
{
    Dataset d;
    d.staff = {staffMember("s1", Role::Therapist), staffMember("s3", Role::Nurse),
        staffMember("s9", Role::Doctor)};
    d.clients = {namedClient("c1", "0101800059"), anonymousClient("c2")};
    Course anonymousCourse = drugCourse("k3", "c2");
    anonymousCourse.legalBasis = LegalBasis::Sel101a;
    anonymousCourse.guaranteeExempt = GuaranteeExempt::Anonymous;
    d.courses = {alcoholCourse("k1", "c1"), drugCourse("k2", "c1"), anonymousCourse};
    d.goals = {activeGoal("g1", "k1")};
    Assessment intake;
    intake.id = str("a1");
    intake.course = str("k1");
    intake.date = date("2025-01-10");
    intake.qualityOfLife = 8;
    d.assessments = {intake};
    d.appointments = {appointment("p1", "k2", "2025-01-15T09:00:00+01:00", AppointmentType::Doctor,
                          AppointmentStatus::Attended),
        appointment("p2", "k1", "2025-08-01T10:00:00+02:00", AppointmentType::Individual,
            AppointmentStatus::Planned)};
    d.absences = {absence("f1", "c1", "2025-07-01", "2025-07-21")};
    GroupCourse group;
    group.id = str("gr1");
    group.name = str("BASIS");
    group.leaders = {str("s1")};
    group.sessions = {{str("gs1"), date("2025-02-03"), QTime(10, 0), QString()}};
    group.members = {{str("k1"), date("2025-02-01"), QDate()}};
    group.attendance = {{str("gs1"), str("k1"), AttendanceStatus::Attended}};
    d.groups = {group};
    d.prescriptions = {methadone("m1", "c1", "2025-01-20")};
    d.dispensings = {dispensing("d1", "m1", "2025-01-20"), dispensing("d2", "m1", "2025-01-21")};
    EffectTarget target;
    target.indicator = str("alcohol_success_rate");
    target.year = 2025;
    target.target = 0.47;
    d.targets = {target};
    JournalNote n = note("n1", "c1", "2025-01-17T11:05:00+01:00");
    n.course = str("k1");
    d.notes = {n};
    return d;
}

RuleIssues errorsOnly(const RuleIssues &issues)
{
    RuleIssues errors;
    for (const RuleIssue &issue : issues) {
        if (issue.isError()) errors.push_back(issue);
    }
    return errors;
}

} // namespace

TEST_CASE("A dataset that keeps every rule has no issues", "[core][rules][checker]")
{
    requireNoIssues(checkDataset(validDataset()));
    requireNoIssues(checkDataset(Dataset {}));
}

TEST_CASE("The shared sample dataset breaks no data rule", "[core][rules][checker]")
{
    requireNoIssues(errorsOnly(checkDataset(mestring::test::sampleDataset())));
}

TEST_CASE("The checker prefixes record paths with the record's place in the document",
    "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.courses[1].endReason = EndReason::Completed;
    d.goals[0].scores.push_back({date("2025-04-10"), 1});
    d.groups[0].attendance.push_back({str("gs9"), str("k1"), AttendanceStatus::NoShow});
    d.prescriptions[0].schedule.kind = Schedule::Kind::Weekdays;
    d.clients[0].cpr = str("3102801235");
    const RuleIssues issues = checkDataset(d);
    CHECK(paths(issues)
        == std::vector<std::string> {"clients[0].cpr", "courses[1].end_reason",
            "goals[0].scores[1].date", "groups[0].attendance[1].session",
            "prescriptions[0].schedule.weekdays"});
    for (const RuleIssue &issue : issues)
        CHECK(issue.isError());
}

TEST_CASE("The checker refuses the second record with an id", "[core][rules][checker]")
{
    Dataset d = validDataset();
    Client twin = namedClient("c1", "1503853007");
    d.clients.push_back(twin);
    d.dispensings.push_back(dispensing("d1", "m1", "2025-01-22"));
    const RuleIssues issues = checkDataset(d);
    CHECK(paths(issues) == std::vector<std::string> {"clients[2].id", "dispensings[2].id"});
    REQUIRE(issues.size() == 2);
    CHECK(issues[0].message.contains(str("clients[0]")));
}

TEST_CASE("The checker refuses references to records that do not exist", "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.courses[0].client = str("c9");
    d.courses[1].responsible = str("s404");
    d.goals[0].course = str("k9");
    d.appointments[0].staff = str("s7");
    d.groups[0].leaders.push_back(str("s8"));
    d.groups[0].members.push_back({str("k8"), date("2025-02-01"), QDate()});
    d.groups[0].waiting.push_back({str("k7"), date("2025-02-02")});
    d.dispensings[1].prescription = str("m9");
    d.notes[0].author = str("s5");
    const RuleIssues issues = checkDataset(d);
    CHECK(paths(issues)
        == std::vector<std::string> {"courses[0].client", "courses[1].responsible",
            "goals[0].course", "appointments[0].staff", "groups[0].leaders[1]",
            "groups[0].members[1].course", "groups[0].waiting[0].course",
            "dispensings[1].prescription", "notes[0].author",
            // k1 now names client c9, not the note's client
            "notes[0].course"});
    for (const RuleIssue &issue : issues)
        CHECK(issue.isError());
    CHECK(issues[0].message.contains(str("'c9'")));
}

TEST_CASE(
    "The checker refuses a username held by an earlier staff member", "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.staff[0].username = str("anne");
    d.staff[2].username = str("anne");
    requireOnlyError(checkDataset(d), "staff[2].username");
}

TEST_CASE("The checker refuses a CPR number held by an earlier client", "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.clients.push_back(namedClient("c3", "010180-0059"));
    requireOnlyError(checkDataset(d), "clients[2].cpr");
}

TEST_CASE("The checker refuses overlapping courses of one kind", "[core][rules][checker]")
{
    Dataset d = validDataset();
    Course early = alcoholCourse("k4", "c1");
    early.requestDate = date("2024-10-01");
    early.startDate = date("2024-10-05");
    early.phases.clear();
    early.endDate = date("2025-01-10"); // touches k1's start
    early.endReason = EndReason::Completed;
    early.outcome = Outcome::Reduced;
    d.courses.push_back(early);
    requireOnlyError(checkDataset(d), "courses[0].start_date");
    d.courses.back().endDate = date("2025-01-09");
    requireNoIssues(checkDataset(d));
}

TEST_CASE("The checker refuses a non-ambulant course and a prescription for an anonymous client",
    "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.courses[2].legalBasis = LegalBasis::Sel101;
    d.courses[2].guaranteeExempt.reset();
    d.courses[2].setting = Setting::Day;
    Prescription p = antabus("m2", "c2", "2025-01-20");
    d.prescriptions.push_back(p);
    const RuleIssues issues = checkDataset(d);
    requireIssueAt(issues, "courses[2].setting", Severity::Error);
    requireIssueAt(issues, "prescriptions[1].client", Severity::Error);
}

TEST_CASE("The checker refuses a prescriber who is not a doctor", "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.prescriptions[0].prescriber = str("s3");
    requireOnlyError(checkDataset(d), "prescriptions[0].prescriber");
}

TEST_CASE("The checker refuses overlapping substitution prescriptions", "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.prescriptions.push_back(methadone("m2", "c1", "2025-03-01"));
    requireOnlyError(checkDataset(d), "prescriptions[1].start");
    d.prescriptions[0].end = date("2025-02-28");
    requireNoIssues(checkDataset(d));
}

TEST_CASE("The checker refuses only the fourth active goal of a course", "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.goals.push_back(activeGoal("g2", "k1"));
    d.goals.push_back(activeGoal("g3", "k2")); // another course
    d.goals.push_back(activeGoal("g4", "k1"));
    requireNoIssues(checkDataset(d));
    d.goals.push_back(activeGoal("g5", "k1"));
    requireOnlyError(checkDataset(d), "goals[4].status");
}

TEST_CASE("The checker refuses conflicting dispensings", "[core][rules][checker]")
{
    Dataset d = validDataset();
    for (Prescription &p : d.prescriptions) {
        if (p.id == str("m1")) {
            p.mode = DispensingMode::TakeHome;
            p.takeHomeDays = 3;
        }
    }
    d.dispensings = {dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 3),
        dispensing("d2", "m1", "2025-01-23"), dispensing("d3", "m1", "2025-01-22"), // covered by d1
        dispensing("d4", "m1", "2025-01-23"), // second on the 23rd
        dispensing("d5", "m1", "2025-01-19")}; // before the start
    CHECK(paths(checkDataset(d))
        == std::vector<std::string> {
            "dispensings[2].date", "dispensings[3].date", "dispensings[4].date"});
}

TEST_CASE("The checker refuses notes on another client's course and addenda to missing notes",
    "[core][rules][checker]")
{
    Dataset d = validDataset();
    JournalNote wrongCourse = note("n2", "c2", "2025-01-18T10:00:00+01:00");
    wrongCourse.course = str("k1");
    JournalNote addendum = note("n3", "c1", "2025-01-18T10:00:00+01:00");
    addendum.addendumTo = str("n404");
    JournalNote goodAddendum = note("n4", "c1", "2025-01-18T11:00:00+01:00");
    goodAddendum.addendumTo = str("n1");
    d.notes.insert(d.notes.end(), {wrongCourse, addendum, goodAddendum});
    CHECK(paths(checkDataset(d))
        == std::vector<std::string> {"notes[1].course", "notes[2].addendum_to"});
}

TEST_CASE(
    "The checker refuses a second target for one indicator and year", "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.targets.push_back(d.targets.front());
    requireOnlyError(checkDataset(d), "targets[1].year");
}

TEST_CASE("The checker lists workflow breaches as warnings", "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.clients[0].cpr = str("0101801235"); // modulus 11
    d.courses[0].startDate = d.courses[0].requestDate.addDays(20); // late, no reason
    d.courses[0].phases
        = {{Phase::Treatment, date("2025-02-01")}, {Phase::Intro, date("2025-02-02")}};
    d.appointments[1].start = at("2025-07-02T10:00:00+02:00"); // planned while away
    d.appointments[0].status = AppointmentStatus::NoShow; // no consultation
    d.dispensings.push_back(dispensing("d3", "m1", "2025-01-25")); // after 3 missed doses
    const RuleIssues issues = checkDataset(d);
    CHECK(paths(issues)
        == std::vector<std::string> {"clients[0].cpr", "courses[0].guarantee_delay_reason",
            "courses[0].phases[1].phase", "appointments[1].status", "prescriptions[0].start",
            "dispensings[2].status"});
    for (const RuleIssue &issue : issues)
        CHECK_FALSE(issue.isError());
}

TEST_CASE("The checker accepts a dose after a reassessment and a step back explained by a note",
    "[core][rules][checker]")
{
    Dataset d = validDataset();
    d.dispensings.push_back(dispensing("d3", "m1", "2025-01-25"));
    d.appointments.push_back(appointment("p3", "k2", "2025-01-25T08:00:00+01:00",
        AppointmentType::Doctor, AppointmentStatus::Attended));
    d.courses[0].phases
        = {{Phase::Treatment, date("2025-02-01")}, {Phase::Intro, date("2025-01-17")}};
    d.courses[0].phases[0].date = date("2025-01-15");
    requireNoIssues(checkDataset(d));
}

TEST_CASE("The checker refuses a correction of a missing dispensing and a second correction of "
          "one",
    "[core][rules][checker][corrections]")
{
    Dataset d = validDataset();
    const Dispensing first = d.dispensings.front();
    d.corrections = {{str("r1"), first.id, str("Forkert"), str("s9"), at("2025-01-20T10:00:00+01:00")},
        {str("r2"), first.id, str("Igen"), str("s9"), at("2025-01-20T10:05:00+01:00")},
        {str("r3"), str("d404"), str("Findes ikke"), str("s9"), at("2025-01-20T10:05:00+01:00")}};
    CHECK(paths(checkDataset(d))
        == std::vector<std::string> {"corrections[1].annuls", "corrections[2].annuls"});
}

TEST_CASE("An annulled dispensing no longer conflicts: the same day may be registered again",
    "[core][rules][checker][corrections]")
{
    Dataset d = validDataset();
    Dispensing again = d.dispensings.front();
    again.id = str("d-again");
    d.dispensings.push_back(again);
    CHECK(paths(checkDataset(d)) == std::vector<std::string> {"dispensings[2].date"});
    d.corrections = {{str("r1"), d.dispensings.front().id, str("Forkert tast"), str("s9"),
        at("2025-01-20T10:00:00+01:00")}};
    requireNoIssues(checkDataset(d));
}

TEST_CASE("The checker refuses a counting dispensing on an annulled prescription, and an "
          "annulment signed by someone who is not a doctor",
    "[core][rules][checker][corrections]")
{
    Dataset d = validDataset();
    d.prescriptions.front().annulled
        = SignedReason {str("Fejl"), str("s1"), at("2025-01-19T10:00:00+01:00")};
    const std::vector<std::string> found = paths(checkDataset(d));
    CHECK(std::count(found.begin(), found.end(), "prescriptions[0].annulled.staff") == 1);
    CHECK(std::count(found.begin(), found.end(), "dispensings[0].prescription") == 1);
}

TEST_CASE("A take-home on a supervised prescription passes only over the file's closed days",
    "[core][rules][checker][closed]")
{
    Dataset d = validDataset();
    Dispensing supply = d.dispensings.front();
    supply.status = DispensingStatus::HandedOut;
    supply.days = 2;
    d.dispensings = {supply};
    const QString prescription = supply.prescription;
    bool supervised = false;
    for (const Prescription &p : d.prescriptions)
        supervised |= p.id == prescription && p.mode == DispensingMode::Supervised;
    REQUIRE(supervised);
    CHECK(paths(checkDataset(d)) == std::vector<std::string> {"dispensings[0].status"});
    d.closedDays = {{supply.date.addDays(1), str("Lukket for flytning")}};
    requireNoIssues(checkDataset(d));
    d.closedDays.push_back({supply.date.addDays(1), str("To gange")});
    CHECK(paths(checkDataset(d)) == std::vector<std::string> {"closed_days[1].date"});
}

TEST_CASE("An unconfirmed dose above the centre's limit is a warning on check, not an error",
    "[core][rules][checker][plausibility]")
{
    Dataset d = validDataset();
    for (Prescription &p : d.prescriptions) {
        if (p.drug == Drug::Methadone) p.doseMg = 900;
    }
    const RuleIssues issues = checkDataset(d);
    REQUIRE_FALSE(issues.empty());
    CHECK_FALSE(hasErrors(issues));
    MedicationSettings generous = MedicationSettings::defaults();
    generous.doseLimitsMg[Drug::Methadone] = 1000;
    requireNoIssues(checkDataset(d, generous));
}
