#include "core/domain/rules/absencerules.h"
#include "core/domain/rules/appointmentrules.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

Appointment planned(const char *start)
{
    return appointment("p1", "k1", start, AppointmentType::Individual, AppointmentStatus::Planned);
}

} // namespace

TEST_CASE("An appointment that keeps every rule is accepted", "[core][rules][appointments]")
{
    requireNoIssues(checkAppointment(planned("2025-01-17T10:00:00+01:00")));
    Appointment unassigned = planned("2025-01-17T10:00:00+01:00");
    unassigned.staff.clear();
    requireNoIssues(checkAppointment(unassigned));
}

TEST_CASE("An appointment without id, course or start is refused", "[core][rules][appointments]")
{
    Appointment noId = planned("2025-01-17T10:00:00+01:00");
    noId.id.clear();
    requireOnlyError(checkAppointment(noId), "id");
    Appointment noCourse = planned("2025-01-17T10:00:00+01:00");
    noCourse.course.clear();
    requireOnlyError(checkAppointment(noCourse), "course");
    Appointment noStart = planned("2025-01-17T10:00:00+01:00");
    noStart.start = QDateTime();
    requireOnlyError(checkAppointment(noStart), "start");
}

TEST_CASE("An appointment of zero or negative minutes is refused", "[core][rules][appointments]")
{
    Appointment a = planned("2025-01-17T10:00:00+01:00");
    a.minutes = 0;
    requireOnlyError(checkAppointment(a), "minutes");
    a.minutes = -30;
    requireOnlyError(checkAppointment(a), "minutes");
    a.minutes = 1;
    requireNoIssues(checkAppointment(a));
}

TEST_CASE("A planned appointment outside absence periods is accepted",
    "[core][rules][appointments][absences]")
{
    const std::vector<Absence> away {absence("f1", "c1", "2025-07-01", "2025-07-21")};
    requireNoIssues(checkAppointmentAbsences(planned("2025-06-30T10:00:00+02:00"), away));
    requireNoIssues(checkAppointmentAbsences(planned("2025-07-22T10:00:00+02:00"), away));
}

TEST_CASE("A planned appointment inside an absence period is warned about",
    "[core][rules][appointments][absences]")
{
    const std::vector<Absence> away {absence("f1", "c1", "2025-07-01", "2025-07-21")};
    requireOnlyWarning(
        checkAppointmentAbsences(planned("2025-07-01T10:00:00+02:00"), away), "status");
    requireOnlyWarning(
        checkAppointmentAbsences(planned("2025-07-21T15:00:00+02:00"), away), "status");
    const std::vector<Absence> openEnded {absence("f2", "c1", "2025-07-01", nullptr)};
    requireOnlyWarning(
        checkAppointmentAbsences(planned("2026-01-05T10:00:00+01:00"), openEnded), "status");
}

TEST_CASE("A cancelled or attended appointment inside an absence period is accepted",
    "[core][rules][appointments][absences]")
{
    const std::vector<Absence> away {absence("f1", "c1", "2025-07-01", "2025-07-21")};
    Appointment a = planned("2025-07-10T10:00:00+02:00");
    for (AppointmentStatus status :
        {AppointmentStatus::CancelledClient, AppointmentStatus::CancelledCentre,
            AppointmentStatus::Attended, AppointmentStatus::NoShow}) {
        a.status = status;
        requireNoIssues(checkAppointmentAbsences(a, away));
    }
}

TEST_CASE("An absence period that keeps every rule is accepted", "[core][rules][absences]")
{
    requireNoIssues(checkAbsence(absence("f1", "c1", "2025-07-01", "2025-07-21")));
    requireNoIssues(checkAbsence(absence("f1", "c1", "2025-07-01", "2025-07-01")));
    requireNoIssues(checkAbsence(absence("f1", "c1", "2025-07-01", nullptr)));
}

TEST_CASE("An absence period ending before it starts is refused", "[core][rules][absences]")
{
    requireOnlyError(checkAbsence(absence("f1", "c1", "2025-07-21", "2025-07-01")), "to");
}

TEST_CASE("An absence period without id, client or first day is refused", "[core][rules][absences]")
{
    Absence noId = absence("f1", "c1", "2025-07-01", nullptr);
    noId.id.clear();
    requireOnlyError(checkAbsence(noId), "id");
    Absence noClient = absence("f1", "c1", "2025-07-01", nullptr);
    noClient.client.clear();
    requireOnlyError(checkAbsence(noClient), "client");
    Absence noFrom = absence("f1", "c1", "2025-07-01", "2025-07-21");
    noFrom.from = QDate();
    requireOnlyError(checkAbsence(noFrom), "from");
}

TEST_CASE("An appointment's location takes 100 characters and refuses one more",
    "[core][rules][appointments][textlimits]")
{
    Appointment a = planned("2025-01-17T10:00:00+01:00");
    a.location = QString(100, QLatin1Char('x'));
    requireNoIssues(checkAppointment(a));
    a.location += QLatin1Char('x');
    requireOnlyError(checkAppointment(a), "location");
}
