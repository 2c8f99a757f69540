#include "core/domain/medication/dosesafety.h"
#include "core/domain/rules/dispensingrules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

// Methadone daily from Monday 20 January; taken on the 20th and 21st, then nothing recorded.
struct Scenario
{
    std::vector<Prescription> prescriptions {methadone()};
    std::vector<Dispensing> dispensings {
        dispensing("d1", "m1", "2025-01-20"), dispensing("d2", "m1", "2025-01-21")};
    std::vector<Absence> absences;
    std::vector<Appointment> appointments;
    ClosedDayCalendar closedDays;

    /// The block on `day` as of `today` (by default the day itself: every earlier day over).
    DoseBlock blockOn(const char *day, const char *today = nullptr) const
    {
        const DoseReassessments reassessments(prescriptions, appointments);
        return substitutionBlockOn(date(day), prescriptions, pointersTo(dispensings), absences,
            closedDays, reassessments, date(today ? today : day));
    }

    std::vector<BlockedDispensing> givenWhileBlocked() const
    {
        const DoseReassessments reassessments(prescriptions, appointments);
        return dispensingsGivenWhileBlocked(
            prescriptions, pointersTo(dispensings), absences, closedDays, reassessments);
    }

    Dispensing &last() { return dispensings.back(); }

    void add(const char *id, const char *day, DispensingStatus status = DispensingStatus::Taken,
        const char *prescription = "m1")
    {
        dispensings.push_back(dispensing(id, prescription, day, status));
    }

    void addDoctorVisit(const char *start, AppointmentStatus status = AppointmentStatus::Attended)
    {
        appointments.push_back(appointment("p1", "k2", start, AppointmentType::Doctor, status));
    }
};

std::vector<QDate> antabusMissed(const std::vector<Dispensing> &dispensings, const char *today,
    const Prescription &prescription = antabus())
{
    const std::vector<Prescription> prescriptions {prescription};
    const std::vector<const Dispensing *> pointers = pointersTo(dispensings);
    const ClosedDayCalendar closedDays;
    const ClientDoses doses(prescriptions, pointers, {}, closedDays);
    return antabusMissedDoses(prescription, doses, date(today));
}

} // namespace

TEST_CASE("Three consecutive missed substitution doses block the next dispensing",
    "[core][medication][safety]")
{
    const Scenario s; // 22, 23 and 24 January missed
    const DoseBlock block = s.blockOn("2025-01-25");
    REQUIRE(block.blocked);
    CHECK(block.run.count() == 3);
    CHECK(block.run.first() == date("2025-01-22"));
    CHECK(block.since == date("2025-01-25"));
    CHECK(block.liftedByReassessmentAfter() == date("2025-01-24"));
    CHECK(s.blockOn("2025-01-30").blocked);
}

TEST_CASE("Two missed doses do not block the next dispensing", "[core][medication][safety]")
{
    const Scenario s;
    const DoseBlock block = s.blockOn("2025-01-24");
    CHECK_FALSE(block.blocked);
    CHECK(block.run.count() == 2);
}

TEST_CASE(
    "A dose recorded as missed counts like one with nothing recorded", "[core][medication][safety]")
{
    Scenario s;
    s.add("d3", "2025-01-22", DispensingStatus::Missed);
    s.add("d4", "2025-01-23", DispensingStatus::Missed);
    s.add("d5", "2025-01-24", DispensingStatus::Missed);
    CHECK(s.blockOn("2025-01-25").blocked);
}

TEST_CASE("A dose given ends a run of missed doses", "[core][medication][safety]")
{
    Scenario s;
    s.add("d3", "2025-01-23");
    const DoseBlock block = s.blockOn("2025-01-26"); // 22 missed, 23 taken, 24 and 25 missed
    CHECK_FALSE(block.blocked);
    CHECK(block.run.count() == 2);
}

TEST_CASE("A refused or withheld dose is not a missed dose and ends the run",
    "[core][medication][safety]")
{
    Scenario refused;
    refused.add("d3", "2025-01-23", DispensingStatus::Refused);
    CHECK_FALSE(refused.blockOn("2025-01-26").blocked);
    Scenario withheld;
    withheld.add("d3", "2025-01-23", DispensingStatus::Withheld);
    CHECK_FALSE(withheld.blockOn("2025-01-26").blocked);
}

TEST_CASE("Absence days neither count as missed nor break a run", "[core][medication][safety]")
{
    Scenario s;
    s.absences = {absence("f1", "c1", "2025-01-23", "2025-01-24")};
    CHECK_FALSE(s.blockOn("2025-01-25").blocked); // only the 22nd missed
    const DoseBlock block = s.blockOn("2025-01-27"); // 22, 25 and 26
    REQUIRE(block.blocked);
    CHECK(block.run.days
        == std::vector<QDate> {date("2025-01-22"), date("2025-01-25"), date("2025-01-26")});
}

TEST_CASE("Days covered by a take-home supply are never missed", "[core][medication][safety]")
{
    Scenario s;
    s.dispensings = {dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 3)};
    CHECK_FALSE(s.blockOn("2025-01-25").blocked); // 23 and 24 missed
    CHECK(s.blockOn("2025-01-26").blocked); // 23, 24 and 25 missed
}

TEST_CASE(
    "A dose schedule block is lifted by an attended doctor appointment after the last missed day",
    "[core][medication][safety]")
{
    Scenario s;
    s.addDoctorVisit("2025-01-25T09:00:00+01:00");
    CHECK_FALSE(s.blockOn("2025-01-25").blocked);
    CHECK(s.blockOn("2025-01-24").run.count() == 2);
}

TEST_CASE("A doctor appointment on the last missed day or not attended does not lift the block",
    "[core][medication][safety]")
{
    Scenario onMissedDay;
    onMissedDay.addDoctorVisit("2025-01-24T09:00:00+01:00");
    CHECK(onMissedDay.blockOn("2025-01-25").blocked);
    Scenario notAttended;
    notAttended.addDoctorVisit("2025-01-25T09:00:00+01:00", AppointmentStatus::NoShow);
    notAttended.addDoctorVisit("2025-01-25T11:00:00+01:00", AppointmentStatus::Planned);
    CHECK(notAttended.blockOn("2025-01-25").blocked);
}

TEST_CASE("A new prescription dated after the last missed day lifts the block",
    "[core][medication][safety]")
{
    Scenario s;
    s.prescriptions
        = {methadone("m1", "c1", "2025-01-20", "2025-01-24"), methadone("m2", "c1", "2025-01-25")};
    CHECK_FALSE(s.blockOn("2025-01-25").blocked);
}

TEST_CASE("A run of missed doses continues across a change of substitution prescription",
    "[core][medication][safety]")
{
    Scenario s;
    s.prescriptions
        = {methadone("m1", "c1", "2025-01-20", "2025-01-22"), methadone("m2", "c1", "2025-01-23")};
    s.dispensings = {dispensing("d1", "m1", "2025-01-20")};
    // 21, 22 missed on m1; m2 starts on the 23rd (too early to reassess 24); 23, 24 missed.
    const DoseBlock block = s.blockOn("2025-01-25");
    REQUIRE(block.blocked);
    CHECK(block.run.count() == 4);
    // Blocked from the day after the first missed dose that followed the reassessment.
    CHECK(block.since == date("2025-01-24"));
}

TEST_CASE("Missed antabus doses never block dispensing", "[core][medication][safety]")
{
    Scenario s;
    s.prescriptions = {antabus("m2")};
    s.dispensings.clear();
    CHECK_FALSE(s.blockOn("2025-02-10").blocked);
}

TEST_CASE("A block stands while doses are withheld or refused", "[core][medication][safety]")
{
    Scenario s; // 22, 23 and 24 January missed
    s.add("d3", "2025-01-25", DispensingStatus::Withheld);
    s.add("d4", "2025-01-26", DispensingStatus::Refused);
    const DoseBlock block = s.blockOn("2025-01-27");
    REQUIRE(block.blocked);
    CHECK(block.run.last() == date("2025-01-24"));
    CHECK(block.since == date("2025-01-25"));
}

TEST_CASE("A dose given in breach of a block does not lift it", "[core][medication][safety]")
{
    Scenario s;
    s.add("d3", "2025-01-25");
    CHECK(s.blockOn("2025-01-26").blocked);
    s.addDoctorVisit("2025-01-26T09:00:00+01:00");
    CHECK_FALSE(s.blockOn("2025-01-26").blocked);
}

TEST_CASE("Every dose given while blocked is found in one pass", "[core][medication][safety]")
{
    Scenario s;
    s.add("d3", "2025-01-25");
    s.add("d4", "2025-01-26");
    s.add("d5", "2025-01-27");
    s.addDoctorVisit("2025-01-27T08:00:00+01:00");
    const std::vector<BlockedDispensing> blocked = s.givenWhileBlocked();
    REQUIRE(blocked.size() == 2);
    CHECK(blocked[0].dispensing->id == str("d3"));
    CHECK(blocked[1].dispensing->id == str("d4"));
    CHECK(blocked[1].run.count() == 3);
}

TEST_CASE("A substitution dose given while blocked is warned about, taken or handed out",
    "[core][rules][dispensings][safety]")
{
    Scenario s;
    s.add("d3", "2025-01-25");
    REQUIRE(s.givenWhileBlocked().size() == 1);
    requireOnlyWarning({blockedDispensingIssue(3, date("2025-01-24"))}, "status");
    s.dispensings.pop_back();
    s.dispensings.push_back(dispensing("d3", "m1", "2025-01-25", DispensingStatus::HandedOut, 2));
    CHECK(s.givenWhileBlocked().size() == 1);
}

TEST_CASE("Recording a missed, refused or withheld dose while blocked is no breach",
    "[core][rules][dispensings][safety]")
{
    for (DispensingStatus status :
        {DispensingStatus::Missed, DispensingStatus::Withheld, DispensingStatus::Refused}) {
        Scenario s;
        s.add("d3", "2025-01-25", status);
        CHECK(s.givenWhileBlocked().empty());
        CHECK(s.blockOn("2025-01-26").blocked); // and the block stands
    }
}

TEST_CASE(
    "A substitution dose after a reassessment is accepted", "[core][rules][dispensings][safety]")
{
    Scenario s;
    s.addDoctorVisit("2025-01-25T08:30:00+01:00");
    s.add("d3", "2025-01-25");
    CHECK(s.givenWhileBlocked().empty());
}

TEST_CASE("An annulled dispensing that was part of a missed run no longer breaks it",
    "[core][medication][safety][corrections]")
{
    // Taken on the 20th and 21st, then 22, 23 and 24 missed; a "taken" on the 23rd registered
    // on the wrong client is annulled: the caller leaves it out, and the run is whole again.
    Scenario s;
    s.add("d3", "2025-01-23");
    CHECK_FALSE(s.blockOn("2025-01-25").blocked);
    s.dispensings.pop_back(); // annulled: no longer counts
    const DoseBlock block = s.blockOn("2025-01-25");
    REQUIRE(block.blocked);
    CHECK(block.run.count() == 3);
}

TEST_CASE("A late registration inside a blocked run does not lift the block until a doctor "
          "confirms it",
    "[core][medication][safety][late]")
{
    Scenario s; // 22, 23 and 24 missed: blocked on the 25th
    s.add("d3", "2025-01-23");
    s.last().lateReason = QStringLiteral("Glemt at registrere");
    const DoseBlock block = s.blockOn("2025-01-25");
    REQUIRE(block.blocked);
    CHECK(block.run.count() == 3);
    s.last().lateConfirmed
        = SignedReason {QString(), QStringLiteral("s9"), at("2025-01-25T09:00:00+01:00")};
    CHECK_FALSE(s.blockOn("2025-01-25").blocked);
    CHECK(s.blockOn("2025-01-25").run.count() == 1);
}

TEST_CASE("A day still to come is never blocked by days that are not over",
    "[core][medication][safety]")
{
    const Scenario s; // taken on 20 and 21 January
    // Seen on the 22nd: the 22nd, 23rd and 24th are not over, so the 25th is not blocked.
    CHECK_FALSE(s.blockOn("2025-01-25", "2025-01-22").blocked);
    CHECK(s.blockOn("2025-01-25", "2025-01-25").blocked);
}

TEST_CASE("Closed days are never counted as missed", "[core][medication][safety][closed]")
{
    // Methadone from Monday 14 April 2025; taken on the 14th; Tuesday 15, Wednesday 16 and
    // Saturday 19 missed; Maundy Thursday and Good Friday are closed, so the run is 15, 16, 19:
    // three open days in a row.
    Scenario s;
    s.prescriptions = {methadone("m1", "c1", "2025-04-14")};
    s.dispensings = {dispensing("d1", "m1", "2025-04-14")};
    const DoseBlock block = s.blockOn("2025-04-20");
    CHECK(block.run.days
        == std::vector<QDate> {date("2025-04-15"), date("2025-04-16"), date("2025-04-19")});
    // A supply on the 16th for the closed days ends the run there.
    s.add("d2", "2025-04-16", DispensingStatus::HandedOut);
    s.last().days = 3;
    CHECK(s.blockOn("2025-04-20").run.count() == 1);
}

TEST_CASE("A missed supervised antabus dose raises a contact flag the same day",
    "[core][medication][antabus]")
{
    const std::vector<Dispensing> dispensings {dispensing("d1", "m2", "2025-01-20"),
        dispensing("d2", "m2", "2025-01-23", DispensingStatus::Missed)};
    CHECK(antabusMissed(dispensings, "2025-01-23") == std::vector<QDate> {date("2025-01-23")});
}

TEST_CASE(
    "An unrecorded antabus dose is flagged once its day is over", "[core][medication][antabus]")
{
    const std::vector<Dispensing> dispensings {dispensing("d1", "m2", "2025-01-20")};
    CHECK(antabusMissed(dispensings, "2025-01-23").empty());
    CHECK(antabusMissed(dispensings, "2025-01-24") == std::vector<QDate> {date("2025-01-23")});
}

TEST_CASE(
    "The antabus flag clears when the client takes the next dose", "[core][medication][antabus]")
{
    const std::vector<Dispensing> dispensings {
        dispensing("d1", "m2", "2025-01-20"), dispensing("d2", "m2", "2025-01-27")};
    CHECK(antabusMissed(dispensings, "2025-01-28").empty());
}

TEST_CASE(
    "Only supervised antabus prescriptions raise the contact flag", "[core][medication][antabus]")
{
    Prescription takeHome = antabus();
    takeHome.mode = DispensingMode::TakeHome;
    takeHome.takeHomeDays = 7;
    CHECK(antabusMissed({}, "2025-02-10", takeHome).empty());
    CHECK(antabusMissed({}, "2025-02-10", methadone("m2")).empty());
    CHECK_FALSE(antabusMissed({}, "2025-02-10").empty());
}
