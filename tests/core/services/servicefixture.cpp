#include "servicefixture.h"

#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/storage/absencerepository.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/assessmentrepository.h"
#include "core/storage/clientrepository.h"
#include "core/storage/closeddayrepository.h"
#include "core/storage/correctionrepository.h"
#include "core/storage/courserepository.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/feedbackrepository.h"
#include "core/storage/goalrepository.h"
#include "core/storage/groupcourserepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/registryrepository.h"
#include "core/storage/staffrepository.h"
#include "core/storage/targetrepository.h"
#include "core/storage/waitinglistrepository.h"

using namespace mestring::core;

namespace mestring::test {

namespace {

Actor addStaff(const Database &db, const char *id, const char *name, Role role)
{
    const StaffMember member {QLatin1StringView(id).toString(), QLatin1StringView(name).toString(),
        role, QLatin1StringView(id).toString(), true};
    StaffRepository(db).insert(member);
    return Actor::fromStaff(member);
}

} // namespace

ServiceFixture::ServiceFixture()
{
    therapist = addStaff(db, "s-ther", "Anne Holm", Role::Therapist);
    nurse = addStaff(db, "s-nurse", "Mette Dahl", Role::Nurse);
    doctor = addStaff(db, "s-doc", "Ole Berg", Role::Doctor);
    intake = addStaff(db, "s-intake", "Ida Lund", Role::Intake);
    coordinator = addStaff(db, "s-coord", "Karen Storm", Role::Coordinator);
    manager = addStaff(db, "s-mgr", "Lars Vang", Role::Manager);
    admin = addStaff(db, "s-admin", "Bo Krog", Role::AdminStaff);
}

QString ServiceFixture::addClient(const QString &lastName)
{
    Client c;
    c.id = newId();
    c.firstName = QStringLiteral("Jens");
    c.lastName = lastName;
    c.birthDate = QDate(1980, 1, 1);
    ClientRepository(db).insert(c);
    return c.id;
}

QString ServiceFixture::addAnonymousClient()
{
    Client c;
    c.id = newId();
    c.anonymous = true;
    c.alias = QStringLiteral("Ravnen");
    ClientRepository(db).insert(c);
    return c.id;
}

QString ServiceFixture::addCourse(Course course)
{
    if (course.id.isEmpty()) course.id = newId();
    CourseRepository(db).insert(course);
    return course.id;
}

QString ServiceFixture::addCourse(const QString &client, CourseKind kind, const QDate &start)
{
    Course c;
    c.client = client;
    c.kind = kind;
    c.legalBasis = kind == CourseKind::Alcohol ? LegalBasis::Sul141 : LegalBasis::Sel101;
    c.primarySubstance = kind == CourseKind::Alcohol ? Substance::Alcohol : Substance::Opioids;
    c.responsible = QStringLiteral("s-ther");
    c.requestDate = start;
    c.startDate = start;
    c.phases = {{Phase::Intro, start}};
    return addCourse(c);
}

QString ServiceFixture::addAppointment(const QString &course, const QDate &day,
    AppointmentType type, AppointmentStatus status, const QString &staff)
{
    Appointment a;
    a.id = newId();
    a.course = course;
    a.staff = staff;
    a.type = type;
    a.start = at(day);
    a.minutes = 60;
    a.status = status;
    AppointmentRepository(db).insert(a);
    return a.id;
}

Snapshot ServiceFixture::snapshot() const
{
    Snapshot s;
    s.staff = StaffRepository(db).all();
    s.clients = ClientRepository(db).all();
    s.courses = CourseRepository(db).all();
    s.goals = GoalRepository(db).all();
    s.assessments = AssessmentRepository(db).all();
    s.appointments = AppointmentRepository(db).all();
    s.absences = AbsenceRepository(db).all();
    s.groups = GroupCourseRepository(db).all();
    s.prescriptions = PrescriptionRepository(db).all();
    s.dispensings = DispensingRepository(db).all();
    s.notes = NoteRepository(db).all();
    s.targets = TargetRepository(db).all();
    s.corrections = CorrectionRepository(db).all();
    s.closedDays = ClosedDayRepository(db).all();
    s.feedback = FeedbackRepository(db).all();
    s.waitingLists = WaitingListRepository(db).all();
    s.registryReports = RegistryRepository(db).all();
    s.logEntries = log.find({}).size();
    return s;
}

int ServiceFixture::logged(const QString &action, const QString &client) const
{
    int n = 0;
    for (const AccessLogEntry &e : log.find({}))
        n += (e.action == action && (client.isEmpty() || e.client == client)) ? 1 : 0;
    return n;
}

QDateTime at(const QDate &day, int hour, int minute)
{
    return core::Clock::at(day, QTime(hour, minute));
}

} // namespace mestring::test
