#include "servicefixture.h"

#include "core/domain/clock.h"
#include "core/services/appointmentservice.h"
#include "core/storage/absencerepository.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/staffrepository.h"

using namespace mestring::core;
using mestring::test::at;
using mestring::test::ServiceFixture;

namespace {

struct AppointmentFixture : ServiceFixture
{
    AppointmentService appointments {db, log, clock};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Alcohol, QDate(2025, 1, 10));

    Appointment appointment(const QDateTime &start, const QString &staff = QStringLiteral("s-ther"))
    {
        Appointment a;
        a.course = course;
        a.staff = staff;
        a.start = start;
        a.minutes = 60;
        return a;
    }
    Appointment stored(const QString &id) { return *AppointmentRepository(db).byId(id); }
    void absent(const QDate &from, const QDate &to)
    {
        AbsenceRepository(db).insert(
            {QStringLiteral("abs-1"), client, from, to, AbsenceReason::Holiday, {}});
    }
};

} // namespace

TEST_CASE("A booked appointment is saved as planned and the booking is logged",
    "[core][services][appointment]")
{
    AppointmentFixture f;
    const SaveResult saved = f.appointments.book(f.admin, f.appointment(at(QDate(2025, 2, 3))));
    CHECK(saved.warnings.empty());
    CHECK(f.stored(saved.id).status == AppointmentStatus::Planned);
    CHECK(f.logged(QStringLiteral("create"), f.client) == 1);
}

TEST_CASE("Booking inside the client's absence period is saved with a warning",
    "[core][services][appointment]")
{
    AppointmentFixture f;
    f.absent(QDate(2025, 7, 1), QDate(2025, 7, 21));
    const SaveResult inside
        = f.appointments.book(f.therapist, f.appointment(at(QDate(2025, 7, 7))));
    CHECK_FALSE(inside.warnings.empty());
    CHECK(f.stored(inside.id).status == AppointmentStatus::Planned);
    const SaveResult after
        = f.appointments.book(f.therapist, f.appointment(at(QDate(2025, 7, 22))));
    CHECK(after.warnings.empty());
}

TEST_CASE("Conflicts list the staff member's and the client's overlapping appointments and the "
          "absences; cancelled appointments free their time",
    "[core][services][appointment]")
{
    AppointmentFixture f;
    const QString otherClientCourse
        = f.addCourse(f.addClient(QStringLiteral("Jensen")), CourseKind::Drug, QDate(2025, 1, 1));
    const QDate day(2025, 3, 4);
    f.addAppointment(otherClientCourse, day); // s-ther at 10:00 with another client
    f.addAppointment(f.course, day, AppointmentType::Nurse, AppointmentStatus::Planned,
        QStringLiteral("s-nurse")); // the client with the nurse at 10:00
    f.addAppointment(otherClientCourse, day, AppointmentType::Individual,
        AppointmentStatus::CancelledCentre, QStringLiteral("s-doc"));
    f.absent(day, day);

    const Appointment wanted = f.appointment(at(day, 10, 30));
    const AppointmentConflicts found = f.appointments.conflicts(f.therapist, wanted);
    CHECK(found.staffOverlaps.size() == 1);
    CHECK(found.clientOverlaps.size() == 1);
    CHECK(found.absences.size() == 1);
    CHECK(found.warnings().size() == 3);

    const AppointmentConflicts doctor = f.appointments.conflicts(
        f.therapist, f.appointment(at(day, 11, 0), QStringLiteral("s-doc")));
    CHECK(doctor.staffOverlaps.empty()); // the doctor's 10:00 was cancelled, and ends at 11:00
    CHECK(doctor.clientOverlaps.empty()); // back to back is no overlap
}

TEST_CASE("Booking with a staff member who is no longer active is refused",
    "[core][services][appointment]")
{
    AppointmentFixture f;
    StaffMember gone = *StaffRepository(f.db).byId(QStringLiteral("s-nurse"));
    gone.active = false;
    StaffRepository(f.db).update(gone);
    f.refusedUnchanged(
        [&] { f.appointments.book(f.therapist, f.appointment(at(QDate(2025, 2, 3)), gone.id)); });
}

TEST_CASE(
    "An appointment without a start or with no length is refused", "[core][services][appointment]")
{
    AppointmentFixture f;
    f.refusedUnchanged([&] { f.appointments.book(f.therapist, f.appointment(QDateTime())); });
    Appointment empty = f.appointment(at(QDate(2025, 2, 3)));
    empty.minutes = 0;
    f.refusedUnchanged([&] { f.appointments.book(f.therapist, empty); });
    f.refusedUnchanged<NotFound>([&] {
        Appointment a = f.appointment(at(QDate(2025, 2, 3)));
        a.course = QStringLiteral("missing");
        f.appointments.book(f.therapist, a);
    });
}

TEST_CASE("A planned appointment is moved; an attended one cannot be moved",
    "[core][services][appointment]")
{
    AppointmentFixture f;
    const QString id = f.appointments.book(f.therapist, f.appointment(at(QDate(2025, 2, 3)))).id;
    f.appointments.move(f.therapist, id, at(QDate(2025, 2, 4), 13), 45, QStringLiteral("s-nurse"));
    const Appointment moved = f.stored(id);
    CHECK(moved.startDay() == QDate(2025, 2, 4));
    CHECK(moved.minutes == 45);
    CHECK(moved.staff == QStringLiteral("s-nurse"));
    f.appointments.setStatus(f.therapist, id, AppointmentStatus::Attended);
    f.refusedUnchanged([&] { f.appointments.move(f.therapist, id, at(QDate(2025, 2, 5)), 45); });
    CHECK(f.logged(QStringLiteral("change"), f.client) == 2);
}

TEST_CASE(
    "Attendance is recorded on or after the day, never before it", "[core][services][appointment]")
{
    AppointmentFixture f;
    const QDate future = Clock().today().addDays(3);
    const QString later = f.appointments.book(f.therapist, f.appointment(at(future))).id;
    f.refusedUnchanged(
        [&] { f.appointments.setStatus(f.therapist, later, AppointmentStatus::Attended); });
    f.refusedUnchanged(
        [&] { f.appointments.setStatus(f.therapist, later, AppointmentStatus::NoShow); });
    f.appointments.cancel(f.therapist, later, true);
    CHECK(f.stored(later).status == AppointmentStatus::CancelledClient);

    const QString past = f.appointments.book(f.therapist, f.appointment(at(QDate(2025, 2, 3)))).id;
    f.appointments.setStatus(f.therapist, past, AppointmentStatus::NoShow);
    CHECK(f.stored(past).status == AppointmentStatus::NoShow);
    f.appointments.cancel(f.therapist, past, false);
    CHECK(f.stored(past).status == AppointmentStatus::CancelledCentre);
}

TEST_CASE("Appointment lists by course, client, staff and day log one read per client shown",
    "[core][services][appointment]")
{
    AppointmentFixture f;
    const QString other = f.addClient(QStringLiteral("Jensen"));
    const QString otherCourse = f.addCourse(other, CourseKind::Drug, QDate(2025, 1, 1));
    const QDate day(2025, 3, 4);
    f.addAppointment(f.course, day);
    f.addAppointment(f.course, day.addDays(1));
    f.addAppointment(otherCourse, day, AppointmentType::Individual, AppointmentStatus::Planned,
        QStringLiteral("s-nurse"));

    CHECK(f.appointments.forCourse(f.therapist, f.course).size() == 2);
    CHECK(f.appointments.forClient(f.therapist, f.client, day, day).size() == 1);
    CHECK(f.appointments.forStaff(f.therapist, QStringLiteral("s-ther"), day, day.addDays(1)).size()
        == 2);
    CHECK(f.appointments.onDay(f.admin, day).size() == 2);
    CHECK(f.logged(QStringLiteral("read"), f.client) == 4);
    CHECK(f.logged(QStringLiteral("read"), other) == 1);
}

TEST_CASE("A staff member's calendar lists their appointments in the period with the clients' "
          "names, by start, and logs one read per client",
    "[core][services][appointment][calendar]")
{
    AppointmentFixture f;
    const QString anonymousCourse
        = f.addCourse(f.addAnonymousClient(), CourseKind::Drug, QDate(2025, 1, 1));
    const QDate monday(2025, 3, 3);
    f.appointments.book(f.admin, f.appointment(at(monday.addDays(2), 9)));
    f.appointments.book(f.admin, f.appointment(at(monday, 13)));
    Appointment anonymous = f.appointment(at(monday, 8));
    anonymous.course = anonymousCourse;
    f.appointments.book(f.admin, anonymous);
    f.appointments.book(f.admin, f.appointment(at(monday, 11), QStringLiteral("s-nurse")));
    f.appointments.book(f.admin, f.appointment(at(monday.addDays(7), 9))); // next week
    const int readsBefore = f.logged(QStringLiteral("read"));

    const CalendarSpan week
        = f.appointments.calendar(f.therapist, monday, monday.addDays(6), QStringLiteral("s-ther"));
    REQUIRE(week.appointments.size() == 3);
    CHECK(week.appointments[0].appointment.start == at(monday, 8));
    CHECK(week.appointments[0].clientName == QStringLiteral("Ravnen"));
    CHECK(week.appointments[1].clientName == QStringLiteral("Jens Hansen"));
    CHECK(week.appointments[1].client == f.client);
    CHECK(week.appointments[2].appointment.startDay() == monday.addDays(2));
    CHECK(f.logged(QStringLiteral("read")) == readsBefore + 2);

    const CalendarSpan centre = f.appointments.calendar(f.admin, monday, monday);
    CHECK(centre.appointments.size() == 3); // 08:00, 11:00 with the nurse, 13:00
    CHECK(centre.staff.isEmpty());
}

TEST_CASE("The calendar shows absence periods: every one touching the days for the centre, the "
          "staff member's own clients for a staff member",
    "[core][services][appointment][calendar]")
{
    AppointmentFixture f; // f.course: responsible s-ther (see addCourse)
    const QString stranger = f.addClient(QStringLiteral("Fremmed"));
    f.addCourse(stranger, CourseKind::Drug, QDate(2025, 1, 1));
    const QDate monday(2025, 3, 3);
    f.absent(monday.addDays(-10), monday.addDays(1));
    AbsenceRepository(f.db).insert({QStringLiteral("abs-2"), stranger, monday.addDays(4), {},
        AbsenceReason::Hospital, {}});
    AbsenceRepository(f.db).insert({QStringLiteral("abs-3"), stranger, monday.addDays(-30),
        monday.addDays(-1), AbsenceReason::Prison, {}}); // ended before the week

    const CalendarSpan centre = f.appointments.calendar(f.admin, monday, monday.addDays(6));
    REQUIRE(centre.absences.size() == 2);
    CHECK(centre.absences[0].absence.id == QStringLiteral("abs-1"));
    CHECK(centre.absences[1].absence.id == QStringLiteral("abs-2")); // open-ended
    CHECK(centre.absences[1].clientName.contains(QStringLiteral("Fremmed")));

    const CalendarSpan own = f.appointments.calendar(
        f.therapist, monday, monday.addDays(6), QStringLiteral("s-doc"));
    CHECK(own.absences.empty());
    f.appointments.book(f.admin, f.appointment(at(monday.addDays(5)), QStringLiteral("s-doc")));
    const CalendarSpan withAppointment = f.appointments.calendar(
        f.therapist, monday, monday.addDays(6), QStringLiteral("s-doc"));
    REQUIRE(withAppointment.absences.size() == 1);
    CHECK(withAppointment.absences[0].absence.client == f.client);
}

TEST_CASE("A calendar period that is reversed or longer than six weeks is refused",
    "[core][services][appointment][calendar]")
{
    AppointmentFixture f;
    const QDate day(2025, 3, 3);
    f.refusedUnchanged([&] { f.appointments.calendar(f.admin, day, day.addDays(-1)); });
    f.refusedUnchanged([&] { f.appointments.calendar(f.admin, day, day.addDays(42)); });
    f.refusedUnchanged([&] { f.appointments.calendar(f.admin, QDate(), day); });
    CHECK(f.appointments.calendar(f.admin, day, day.addDays(41)).appointments.empty());
}
