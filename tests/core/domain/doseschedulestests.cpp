#include "core/domain/medication/doseschedule.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

std::vector<QDate> dates(std::initializer_list<const char *> isos)
{
    std::vector<QDate> result;
    for (const char *iso : isos)
        result.push_back(date(iso));
    return result;
}

} // namespace

TEST_CASE("A daily prescription schedules every day of its period", "[core][medication][schedule]")
{
    CHECK(scheduledDays(methadone(), {}, {}, date("2025-01-18"), date("2025-01-22"))
        == dates({"2025-01-20", "2025-01-21", "2025-01-22"}));
    const Prescription ended = methadone("m1", "c1", "2025-01-20", "2025-01-21");
    CHECK(scheduledDays(ended, {}, {}, date("2025-01-01"), date("2025-01-31"))
        == dates({"2025-01-20", "2025-01-21"}));
    CHECK(scheduledDays(ended, {}, {}, date("2025-02-01"), date("2025-02-28")).empty());
}

TEST_CASE("A weekday prescription schedules only its weekdays", "[core][medication][schedule]")
{
    // Mondays and Thursdays; 20 January 2025 is a Monday.
    CHECK(scheduledDays(antabus(), {}, {}, date("2025-01-20"), date("2025-02-02"))
        == dates({"2025-01-20", "2025-01-23", "2025-01-27", "2025-01-30"}));
}

TEST_CASE("An every-N-days prescription counts from its start", "[core][medication][schedule]")
{
    Prescription depot = methadone("m1", "c1", "2025-01-22");
    depot.drug = Drug::BuprenorphineDepot;
    depot.schedule.kind = Schedule::Kind::EveryDays;
    depot.schedule.everyDays = 7;
    CHECK(scheduledDays(depot, {}, {}, date("2025-01-20"), date("2025-02-10"))
        == dates({"2025-01-22", "2025-01-29", "2025-02-05"}));
}

TEST_CASE(
    "Days inside the client's absence periods are not scheduled", "[core][medication][schedule]")
{
    const std::vector<Absence> absences {absence("f1", "c1", "2025-01-22", "2025-01-24"),
        absence("f2", "c9", "2025-01-20", nullptr)};
    CHECK(scheduledDays(methadone(), {}, absences, date("2025-01-20"), date("2025-01-26"))
        == dates({"2025-01-20", "2025-01-21", "2025-01-25", "2025-01-26"}));
    const std::vector<Absence> openEnded {absence("f1", "c1", "2025-01-22", nullptr)};
    CHECK(scheduledDays(methadone(), {}, openEnded, date("2025-01-20"), date("2025-01-26"))
        == dates({"2025-01-20", "2025-01-21"}));
}

TEST_CASE("Days covered by a take-home supply are not scheduled", "[core][medication][schedule]")
{
    const std::vector<Dispensing> supply {
        dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 3),
        dispensing("d2", "m9", "2025-01-23", DispensingStatus::HandedOut, 5)};
    CHECK(scheduledDays(methadone(), supply, {}, date("2025-01-20"), date("2025-01-24"))
        == dates({"2025-01-20", "2025-01-23", "2025-01-24"}));
}

TEST_CASE("A take-home supply handed out before the range still covers days in it",
    "[core][medication][schedule]")
{
    const std::vector<Dispensing> supply {
        dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 7)};
    CHECK(scheduledDays(methadone(), supply, {}, date("2025-01-25"), date("2025-01-28"))
        == dates({"2025-01-27", "2025-01-28"}));
}

TEST_CASE("A prescription dispensed at a pharmacy has no scheduled days at the centre",
    "[core][medication][schedule]")
{
    Prescription p = methadone();
    p.mode = DispensingMode::Pharmacy;
    CHECK(scheduledDays(p, {}, {}, date("2025-01-20"), date("2025-01-26")).empty());
}

TEST_CASE("A scheduled day is missed when recorded missed or over with nothing recorded",
    "[core][medication][schedule]")
{
    const std::vector<Dispensing> dispensings {dispensing("d1", "m1", "2025-01-20"),
        dispensing("d2", "m1", "2025-01-21", DispensingStatus::Missed),
        dispensing("d3", "m1", "2025-01-23", DispensingStatus::Refused),
        dispensing("d4", "m1", "2025-01-25", DispensingStatus::Withheld)};
    // As of the 24th: the 22nd is over with nothing recorded; the 24th is not over yet.
    CHECK(missedDays(methadone(), dispensings, {}, date("2025-01-20"), date("2025-01-25"),
              date("2025-01-24"))
        == dates({"2025-01-21", "2025-01-22"}));
    CHECK(missedDays(methadone(), dispensings, {}, date("2025-01-20"), date("2025-01-25"),
              date("2025-01-26"))
        == dates({"2025-01-21", "2025-01-22", "2025-01-24"}));
}

TEST_CASE(
    "A dose recorded missed today counts as missed the same day", "[core][medication][schedule]")
{
    const std::vector<Dispensing> dispensings {
        dispensing("d1", "m1", "2025-01-20", DispensingStatus::Missed)};
    CHECK(missedDays(methadone(), dispensings, {}, date("2025-01-20"), date("2025-01-20"),
              date("2025-01-20"))
        == dates({"2025-01-20"}));
}

TEST_CASE("Dose days tell each day's state and show dispensings on unscheduled days",
    "[core][medication][schedule]")
{
    const std::vector<Dispensing> dispensings {dispensing("d1", "m2", "2025-01-20"),
        dispensing("d2", "m2", "2025-01-21"), // a Tuesday: not on the schedule
        dispensing("d3", "m2", "2025-01-23", DispensingStatus::Refused)};
    const std::vector<DoseDay> days = doseDays(
        antabus(), dispensings, {}, date("2025-01-20"), date("2025-01-30"), date("2025-01-28"));
    REQUIRE(days.size() == 5);
    CHECK((days[0].date == date("2025-01-20") && days[0].scheduled
        && days[0].state == DoseState::Given && days[0].dispensing == &dispensings[0]));
    CHECK((days[1].date == date("2025-01-21") && !days[1].scheduled
        && days[1].state == DoseState::Given));
    CHECK((days[2].date == date("2025-01-23") && days[2].state == DoseState::Refused));
    CHECK((days[3].date == date("2025-01-27") && days[3].state == DoseState::Missed
        && days[3].dispensing == nullptr && days[3].isMissed()));
    CHECK((days[4].date == date("2025-01-30") && days[4].state == DoseState::Pending));
}
