#include "core/domain/fitprogress.h"
#include "core/domain/rules/feedbackrules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

FitRating ors(const char *id, const char *day, std::array<int, 4> items)
{
    FitRating r;
    r.id = str(id);
    r.course = str("k1");
    r.appointment = str("p-") + r.id;
    r.date = date(day);
    r.scale = FitScale::Ors;
    r.items = items;
    return r;
}

FitRating srs(const char *id, const char *day, std::array<int, 4> items)
{
    FitRating r = ors(id, day, items);
    r.scale = FitScale::Srs;
    return r;
}

// An ORS whose total is `tenths` (items as even as they come).
FitRating orsOf(const char *id, const char *day, int tenths)
{
    const int quarter = tenths / 4;
    return ors(id, day, {quarter, quarter, quarter, tenths - 3 * quarter});
}

FitSessionFacts attendedAppointment(const char *day)
{
    return {true, date(day), str("k1"), AppointmentStatus::Attended, true, std::nullopt};
}

} // namespace

TEST_CASE("A FIT rating with items from 0.0 to 10.0 is accepted", "[core][rules][fit]")
{
    requireNoIssues(checkFitRating(ors("r1", "2025-03-03", {0, 100, 55, 1})));
}

TEST_CASE("A FIT item below 0.0 or above 10.0 is refused at its place", "[core][rules][fit]")
{
    requireOnlyError(checkFitRating(ors("r1", "2025-03-03", {-1, 50, 50, 50})), "items[0]");
    requireOnlyError(checkFitRating(ors("r1", "2025-03-03", {50, 50, 50, 101})), "items[3]");
}

TEST_CASE("A FIT rating belongs to an appointment or a group session, never both or neither",
    "[core][rules][fit]")
{
    FitRating both = ors("r1", "2025-03-03", {50, 50, 50, 50});
    both.session = str("gs1");
    requireOnlyError(checkFitRating(both), "session");
    FitRating neither = both;
    neither.appointment.clear();
    neither.session.clear();
    requireOnlyError(checkFitRating(neither), "appointment");
}

TEST_CASE("A FIT rating without course or date is refused", "[core][rules][fit]")
{
    FitRating r = ors("r1", "2025-03-03", {50, 50, 50, 50});
    r.course.clear();
    requireOnlyError(checkFitRating(r), "course");
    r = ors("r1", "2025-03-03", {50, 50, 50, 50});
    r.date = QDate();
    requireOnlyError(checkFitRating(r), "date");
}

TEST_CASE("A FIT rating is dated the day of its session and belongs to its course",
    "[core][rules][fit]")
{
    const FitRating r = ors("r1", "2025-03-03", {50, 50, 50, 50});
    requireNoIssues(checkFitSession(r, attendedAppointment("2025-03-03")));
    requireOnlyError(checkFitSession(r, attendedAppointment("2025-03-04")), "date");
    FitSessionFacts other = attendedAppointment("2025-03-03");
    other.appointmentCourse = str("k9");
    requireOnlyError(checkFitSession(r, other), "course");
}

TEST_CASE("A FIT rating of a session the client missed is refused", "[core][rules][fit]")
{
    const FitRating r = ors("r1", "2025-03-03", {50, 50, 50, 50});
    for (AppointmentStatus status : {AppointmentStatus::NoShow, AppointmentStatus::CancelledClient,
             AppointmentStatus::CancelledCentre}) {
        FitSessionFacts facts = attendedAppointment("2025-03-03");
        facts.appointmentStatus = status;
        requireOnlyError(checkFitSession(r, facts), "appointment");
    }
    FitSessionFacts planned = attendedAppointment("2025-03-03");
    planned.appointmentStatus = AppointmentStatus::Planned;
    requireNoIssues(checkFitSession(r, planned));
}

TEST_CASE("A group session is rated only by members who were there", "[core][rules][fit]")
{
    FitRating r = ors("r1", "2025-03-03", {50, 50, 50, 50});
    r.appointment.clear();
    r.session = str("gs1");
    FitSessionFacts facts {true, date("2025-03-03"), QString(), std::nullopt, true, std::nullopt};
    requireNoIssues(checkFitSession(r, facts));
    facts.attendance = AttendanceStatus::Attended;
    requireNoIssues(checkFitSession(r, facts));
    facts.attendance = AttendanceStatus::NoShow;
    requireOnlyError(checkFitSession(r, facts), "session");
    facts.attendance.reset();
    facts.member = false;
    requireOnlyError(checkFitSession(r, facts), "course");
}

TEST_CASE("The third ORS less than 5 points above the first is flagged as no progress",
    "[core][rules][fit]")
{
    const std::vector<FitRating> two = {orsOf("a", "2025-01-06", 200), orsOf("b", "2025-01-13", 210)};
    CHECK_FALSE(fitProgress(two).noProgress()); // from the third ORS on

    std::vector<FitRating> three = two;
    three.push_back(orsOf("c", "2025-01-20", 249)); // 4.9 above the first
    const FitProgress stuck = fitProgress(three);
    CHECK(stuck.orsCount == 3);
    CHECK(*stuck.firstOrs == 200);
    CHECK(*stuck.latestOrs == 249);
    CHECK(stuck.noProgress());

    three.back() = orsOf("c", "2025-01-20", 250); // exactly 5 above: reliable improvement
    CHECK_FALSE(fitProgress(three).noProgress());
}

TEST_CASE("Earliest and latest ORS go by date, then by id, whatever the order given",
    "[core][rules][fit]")
{
    // Two on one day: the smaller id is the earlier.
    const std::vector<FitRating> ratings = {orsOf("z", "2025-02-01", 300),
        orsOf("b", "2025-01-06", 180), orsOf("a", "2025-01-06", 150)};
    const FitProgress p = fitProgress(ratings);
    CHECK(*p.firstOrs == 150);
    CHECK(*p.latestOrs == 300);
    CHECK(p.firstOrsDate == date("2025-01-06"));
    CHECK_FALSE(p.noProgress());
}

TEST_CASE("An SRS below 36 is flagged until a later session's SRS is 36 or more",
    "[core][rules][fit]")
{
    std::vector<FitRating> ratings = {srs("s1", "2025-01-06", {90, 90, 90, 89})}; // 35.9
    CHECK(fitProgress(ratings).lowAlliance());
    ratings.push_back(srs("s2", "2025-01-13", {90, 90, 90, 90})); // 36.0
    CHECK_FALSE(fitProgress(ratings).lowAlliance());
    CHECK_FALSE(fitProgress({}).lowAlliance());
}

TEST_CASE("A change of 5 points from the first ORS is reliable either way", "[core][rules][fit]")
{
    CHECK(fitChange(200, 250) == FitChange::Improved);
    CHECK(fitChange(200, 249) == FitChange::Unchanged);
    CHECK(fitChange(200, 151) == FitChange::Unchanged);
    CHECK(fitChange(200, 150) == FitChange::Worsened);
}
