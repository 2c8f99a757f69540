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
    CHECK(scheduledDays(methadone(), {}, DoseContext {absences}, date("2025-01-20"), date("2025-01-26"))
        == dates({"2025-01-20", "2025-01-21", "2025-01-25", "2025-01-26"}));
    const std::vector<Absence> openEnded {absence("f1", "c1", "2025-01-22", nullptr)};
    CHECK(scheduledDays(methadone(), {}, DoseContext {openEnded}, date("2025-01-20"), date("2025-01-26"))
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

namespace {

// The dose days of `p` in [from, to] with the public holidays (and `centre` days) closed.
std::vector<DoseDay> withClosedDays(const Prescription &p, const char *from, const char *to,
    const std::vector<ClosedDay> &centre = {},
    const std::vector<Dispensing> &dispensings = {})
{
    static std::vector<ClosedDayCalendar> calendars; // outlives the results' context
    calendars.emplace_back(centre);
    return doseDays(p, dispensings, DoseContext {{}, &calendars.back(), {}}, date(from), date(to),
        date(from));
}

const DoseDay *on(const std::vector<DoseDay> &days, const char *iso)
{
    for (const DoseDay &d : days) {
        if (d.date == date(iso)) return &d;
    }
    return nullptr;
}

std::vector<ClosedDay> weekendsOf(const char *from, const char *to)
{
    std::vector<ClosedDay> days;
    for (QDate d = date(from); d <= date(to); d = d.addDays(1)) {
        if (d.dayOfWeek() >= 6) days.push_back({d, QStringLiteral("Weekend")});
    }
    return days;
}

} // namespace

TEST_CASE("Doses on closed days are planned on the last open day before them, never scheduled "
          "on the closed days",
    "[core][medication][schedule][closed]")
{
    // Easter 2025: Thursday 17, Friday 18, Sunday 20 and Monday 21 April closed; Saturday open.
    const std::vector<DoseDay> days
        = withClosedDays(methadone("m1", "c1", "2025-04-01"), "2025-04-14", "2025-04-22");
    for (const char *closed : {"2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21"})
        CHECK(on(days, closed) == nullptr);
    REQUIRE(on(days, "2025-04-16"));
    CHECK(on(days, "2025-04-16")->closedDays == 2);
    CHECK(on(days, "2025-04-16")->supplyDays == 3);
    CHECK(on(days, "2025-04-19")->closedDays == 2);
    CHECK(on(days, "2025-04-15")->closedDays == 0);
    CHECK(on(days, "2025-04-22")->supplyDays == 1);
}

TEST_CASE("A holiday on a Monday after a closed weekend gives Friday a four-day take-home",
    "[core][medication][schedule][closed]")
{
    // Whit Monday 9 June 2025; the centre is closed at weekends.
    const std::vector<DoseDay> days = withClosedDays(methadone("m1", "c1", "2025-06-01"),
        "2025-06-05", "2025-06-10", weekendsOf("2025-06-01", "2025-06-30"));
    REQUIRE(on(days, "2025-06-06"));
    CHECK(on(days, "2025-06-06")->closedDays == 3);
    CHECK(on(days, "2025-06-06")->supplyDays == 4);
    CHECK(on(days, "2025-06-09") == nullptr);
    REQUIRE(on(days, "2025-06-10"));
    CHECK(on(days, "2025-06-10")->closedDays == 0);
    // Once the supply is handed out, the closed days are covered and Tuesday is due again.
    const std::vector<Dispensing> friday {
        dispensing("d1", "m1", "2025-06-06", DispensingStatus::HandedOut, 4)};
    const std::vector<DoseDay> after = withClosedDays(methadone("m1", "c1", "2025-06-01"),
        "2025-06-06", "2025-06-10", weekendsOf("2025-06-01", "2025-06-30"), friday);
    CHECK(on(after, "2025-06-06")->state == DoseState::Given);
    CHECK(on(after, "2025-06-10")->scheduled);
}

TEST_CASE("A dose due on a closed day pulls a weekday schedule's dose to the open day before",
    "[core][medication][schedule][closed]")
{
    // Antabus on Mondays and Thursdays: Maundy Thursday 17 April 2025 is closed, so Wednesday
    // the 16th gets it; Easter Monday the 21st is closed, so Saturday the 19th gets it.
    const std::vector<DoseDay> days
        = withClosedDays(antabus("m2", "c1", "2025-04-01"), "2025-04-14", "2025-04-24");
    REQUIRE(on(days, "2025-04-16"));
    CHECK(on(days, "2025-04-16")->scheduled);
    CHECK(on(days, "2025-04-16")->closedDays == 2);
    REQUIRE(on(days, "2025-04-19"));
    CHECK(on(days, "2025-04-19")->closedDays == 2);
    CHECK(on(days, "2025-04-17") == nullptr);
    CHECK(on(days, "2025-04-15") == nullptr); // Tuesday: no dose, no closed day after it
    CHECK(on(days, "2025-04-24") != nullptr);
}

TEST_CASE("A weekly take-home whose next handing-out day is closed is planned a day longer",
    "[core][medication][schedule][closed]")
{
    Prescription p = methadone("m1", "c1", "2025-03-31");
    p.mode = DispensingMode::TakeHome;
    p.takeHomeDays = 7;
    p.schedule.kind = Schedule::Kind::Weekdays;
    p.schedule.weekdays = {1};
    // Monday 14 April: the next Monday is Easter Monday (closed).
    const std::vector<DoseDay> days = withClosedDays(p, "2025-04-14", "2025-04-14");
    REQUIRE(days.size() == 1);
    CHECK(days.front().closedDays == 1);
    CHECK(days.front().supplyDays == 8);
    // Handed out so: the handing-out day moves to Tuesday 22nd, with a supply to Sunday.
    const std::vector<Dispensing> handedOut {
        dispensing("d1", "m1", "2025-04-14", DispensingStatus::HandedOut, 8)};
    const std::vector<DoseDay> after
        = withClosedDays(p, "2025-04-14", "2025-04-28", {}, handedOut);
    REQUIRE(on(after, "2025-04-22"));
    CHECK(on(after, "2025-04-22")->supplyDays == 6);
    CHECK(on(after, "2025-04-21") == nullptr);
    CHECK(on(after, "2025-04-28") != nullptr);
    CHECK(dosesInSupply(p, date("2025-04-14"), 8) == 8); // a take-home holds a dose a day
}

TEST_CASE("Coverage is carried across a dose change: a supply of the old dose covers the new "
          "one's days",
    "[core][medication][schedule][coverage]")
{
    Prescription old = methadone("m1", "c1", "2025-01-20", "2025-01-22");
    old.mode = DispensingMode::TakeHome;
    old.takeHomeDays = 7;
    Prescription next = old;
    next.id = QStringLiteral("m2");
    next.doseMg = 80;
    next.start = date("2025-01-23");
    next.end = QDate();
    const std::vector<Prescription> prescriptions {old, next};
    const std::vector<Dispensing> dispensings {
        dispensing("d1", "m1", "2025-01-20", DispensingStatus::HandedOut, 7)};
    const std::vector<const Dispensing *> pointers = pointersTo(dispensings);
    const ClosedDayCalendar closedDays;
    const ClientDoses doses(prescriptions, pointers, {}, closedDays);
    const std::vector<DoseDay> days
        = doses.days(prescriptions[1], date("2025-01-23"), date("2025-01-28"), date("2025-01-23"));
    REQUIRE_FALSE(days.empty());
    CHECK(days.front().date == date("2025-01-27"));
}

TEST_CASE("An annulled prescription has no dose days", "[core][medication][schedule]")
{
    Prescription p = methadone();
    p.annulled = SignedReason {QStringLiteral("Forkert dosis"), QStringLiteral("s9"),
        at("2025-01-19T10:00:00+01:00")};
    CHECK(scheduledDays(p, {}, {}, date("2025-01-20"), date("2025-01-26")).empty());
}

TEST_CASE("The doses in a supply follow the schedule", "[core][medication][schedule]")
{
    CHECK(dosesInSupply(methadone(), date("2025-01-20"), 3) == 3);
    CHECK(dosesInSupply(antabus(), date("2025-01-20"), 7) == 2); // Monday and Thursday
    CHECK(dosesInSupply(antabus(), date("2025-01-21"), 1) == 1);
}
