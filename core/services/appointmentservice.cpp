#include "appointmentservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "accessdetail.h"
#include "core/domain/clock.h"
#include "accesslog.h"
#include "core/domain/ids.h"
#include "core/domain/rules/appointmentrules.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/storage/absencerepository.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/courserepository.h"
#include "core/storage/database.h"
#include "core/storage/feedbackrepository.h"
#include "core/storage/rowversion.h"
#include "editconflict.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

QDateTime endOf(const Appointment &a)
{
    return a.start.addSecs(qint64(a.minutes) * 60);
}

bool occupiesTime(const Appointment &a)
{
    return a.status != AppointmentStatus::CancelledClient
        && a.status != AppointmentStatus::CancelledCentre;
}

bool overlapsInTime(const Appointment &a, const Appointment &b)
{
    return a.id != b.id && occupiesTime(b) && a.start < endOf(b) && b.start < endOf(a);
}

RuleIssues courseEndWarning(const Appointment &appointment, const Course &course)
{
    if (!course.endDate.isValid() || appointment.startDay() <= course.endDate
        || appointment.status != AppointmentStatus::Planned) {
        return {};
    }
    return {workflowWarning(QStringLiteral("start"),
        QCoreApplication::translate("mestring",
            "The course ended on %1, before this "
            "appointment. Check the course.")
            .arg(shownDate(course.endDate)))};
}

} // namespace

RuleIssues AppointmentConflicts::warnings() const
{
    RuleIssues issues;
    if (!staffOverlaps.empty()) {
        issues.push_back(workflowWarning(QStringLiteral("staff"),
            QCoreApplication::translate("mestring",
                "The staff member has another appointment "
                "at the same time.")));
    }
    if (!clientOverlaps.empty()) {
        issues.push_back(workflowWarning(QStringLiteral("start"),
            QCoreApplication::translate("mestring",
                "The client has another appointment at "
                "the same time.")));
    }
    if (!absences.empty()) {
        issues.push_back(workflowWarning(QStringLiteral("status"),
            QCoreApplication::translate("mestring",
                "The client is registered as absent on "
                "this day. Check the absence, or choose "
                "another day.")));
    }
    return issues;
}

AppointmentService::AppointmentService(const Database &db, AccessLog &log, const Clock &clock,
                                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

Appointment AppointmentService::requireAppointment(const QString &id) const
{
    std::optional<Appointment> appointment = AppointmentRepository(m_db).byId(id);
    if (!appointment) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The appointment no longer "
            "exists. Open the calendar "
            "again."));
    }
    return *appointment;
}

std::vector<Appointment> AppointmentService::logged(
    const Actor &actor, std::vector<Appointment> list, const QString &detail)
{
    // One entry per client shown, not per appointment: the log says whose data was seen.
    CourseRepository courses(m_db);
    QHash<QString, QString> clientOfCourse;
    QSet<QString> clients;
    for (const Appointment &a : list) {
        auto it = clientOfCourse.find(a.course);
        if (it == clientOfCourse.end()) {
            const std::optional<Course> course = courses.byId(a.course);
            it = clientOfCourse.insert(a.course, course ? course->client : QString());
        }
        if (!it->isEmpty()) clients.insert(*it);
    }
    for (const QString &client : std::as_const(clients))
        m_log.record(actor, AccessKind::Read, client, detail);
    return list;
}

std::vector<Appointment> AppointmentService::forCourse(const Actor &actor, const QString &courseId)
{
    requireAnyPermission(actor, {Permission::ManageAppointments, Permission::ReadClinical});
    const Course course = requireCourse(m_db, courseId);
    m_log.record(actor, AccessKind::Read, course.client,
        accessDetail(AccessTopic::CourseAppointments, {courseId}));
    return AppointmentRepository(m_db).forCourse(courseId);
}

std::vector<Appointment> AppointmentService::forClient(
    const Actor &actor, const QString &clientId, const QDate &from, const QDate &to)
{
    requireAnyPermission(actor, {Permission::ManageAppointments, Permission::ReadClinical});
    requireClient(m_db, clientId);
    m_log.record(actor, AccessKind::Read, clientId, accessDetail(AccessTopic::Appointments));
    return AppointmentRepository(m_db).forClient(
        clientId, from.isValid() ? from : beginningOfRecords(), to);
}

std::vector<Appointment> AppointmentService::forStaff(
    const Actor &actor, const QString &staffId, const QDate &from, const QDate &to)
{
    requireAnyPermission(actor, {Permission::ManageAppointments, Permission::ReadClinical});
    return logged(actor, AppointmentRepository(m_db).forStaff(staffId, from, to),
        accessDetail(AccessTopic::CalendarStaff, {staffId}));
}

std::vector<Appointment> AppointmentService::onDay(const Actor &actor, const QDate &day)
{
    requireAnyPermission(actor, {Permission::ManageAppointments, Permission::ReadClinical});
    return logged(actor, AppointmentRepository(m_db).onDay(day),
        accessDetail(AccessTopic::DayAppointments, {day.toString(Qt::ISODate)}));
}

CalendarSpan AppointmentService::calendar(
    const Actor &actor, const QDate &from, const QDate &to, const QString &staffId)
{
    requireAnyPermission(actor, {Permission::ManageAppointments, Permission::ReadClinical});
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 41) {
        refuse(QStringLiteral("to"),
            QCoreApplication::translate("mestring",
                "A calendar shows from one day up to six weeks. Choose a shorter period."));
    }
    CalendarSpan span {from, to, staffId, AppointmentRepository(m_db).calendar(from, to, staffId),
        AbsenceRepository(m_db).calendar(from, to, staffId)};
    QSet<QString> seen;
    QStringList clients;
    const auto add = [&](const QString &client) {
        if (!seen.contains(client)) {
            seen.insert(client);
            clients << client;
        }
    };
    for (const CalendarAppointment &entry : span.appointments)
        add(entry.client);
    for (const CalendarAbsence &entry : span.absences)
        add(entry.absence.client);
    m_log.recordReads(actor, clients,
        staffId.isEmpty() ? accessDetail(AccessTopic::CalendarCentre)
                          : accessDetail(AccessTopic::CalendarStaff, {staffId}));
    return span;
}

AppointmentConflicts AppointmentService::conflicts(
    const Actor &actor, const Appointment &appointment)
{
    requireAnyPermission(actor, {Permission::ManageAppointments, Permission::ReadClinical});
    if (!appointment.start.isValid()) return {};
    const Course course = requireCourse(m_db, appointment.course);
    AppointmentConflicts result = findConflicts(appointment, course);
    m_log.record(
        actor, AccessKind::Read, course.client, accessDetail(AccessTopic::AppointmentConflicts));
    return result;
}

AppointmentConflicts AppointmentService::findConflicts(
    const Appointment &appointment, const Course &course) const
{
    AppointmentConflicts result;
    // A day either side: an appointment near midnight in another offset may still overlap.
    const QDate day = appointment.startDay();
    AppointmentRepository repository(m_db);
    for (const Appointment &other :
        repository.forStaff(appointment.staff, day.addDays(-1), day.addDays(1))) {
        if (overlapsInTime(appointment, other)) result.staffOverlaps.push_back(other);
    }
    for (const Appointment &other :
        repository.forClient(course.client, day.addDays(-1), day.addDays(1))) {
        if (overlapsInTime(appointment, other)) result.clientOverlaps.push_back(other);
    }
    for (const Absence &absence : AbsenceRepository(m_db).forClient(course.client)) {
        if (absence.covers(day)) result.absences.push_back(absence);
    }
    return result;
}

SaveResult AppointmentService::save(
    const Actor &actor, const Appointment &appointment, bool isNew, bool checkStaff)
{
    RuleIssues issues = checkAppointment(appointment);
    refuseOnErrors(issues);
    const Course course = requireCourse(m_db, appointment.course);
    const StaffMember staff = requireStaff(m_db, appointment.staff);
    if (checkStaff && !staff.active) {
        refuse(QStringLiteral("staff"),
            QCoreApplication::translate("mestring",
                "%1 is no longer active. Choose another "
                "staff member.")
                .arg(staff.name));
    }
    if (appointment.status == AppointmentStatus::Planned && appointment.start.isValid())
        appendIssues(issues, findConflicts(appointment, course).warnings());
    appendIssues(issues, courseEndWarning(appointment, course));
    if (isNew) {
        AppointmentRepository(m_db).insert(appointment);
    } else {
        claimVersion(m_db, "appointments", appointment.id, appointment.version, actor.staffId,
            m_clock.now());
        AppointmentRepository(m_db).update(appointment);
    }
    m_log.appendInTransaction(actor, isNew ? AccessKind::Create : AccessKind::Change, course.client,
        QString(), accessDetail(AccessTopic::Appointment, {appointment.id}));
    m_after.add([this, id = appointment.id, course = appointment.course] {
        Q_EMIT appointmentChanged(id, course);
    });
    return {appointment.id, issues};
}

SaveResult AppointmentService::book(const Actor &actor, Appointment appointment)
{
    requirePermission(actor, Permission::ManageAppointments);
    if (appointment.id.isEmpty()) appointment.id = newId();
    return m_after.run(m_db, [&] { return save(actor, appointment, true, true); });
}

SaveResult AppointmentService::move(const Actor &actor, const QString &appointmentId,
    const QDateTime &start, int minutes, const QString &staffId, const Appointment *loaded)
{
    requirePermission(actor, Permission::ManageAppointments);
    return m_after.run(m_db, [&] {
        Appointment appointment = requireAppointment(appointmentId);
        if (loaded) requireVersion(m_db, "appointments", appointment, loaded->version, *loaded);
        if (appointment.status != AppointmentStatus::Planned) {
            refuse(QStringLiteral("status"),
                QCoreApplication::translate("mestring",
                    "Only a planned appointment can be "
                    "moved. Book a new appointment "
                    "instead."));
        }
        appointment.start = start;
        appointment.minutes = minutes;
        const bool newStaff = !staffId.isEmpty() && staffId != appointment.staff;
        if (newStaff) appointment.staff = staffId;
        return save(actor, appointment, false, newStaff);
    });
}

SaveResult AppointmentService::cancel(
    const Actor &actor, const QString &appointmentId, bool byClient)
{
    return setStatus(actor, appointmentId,
        byClient ? AppointmentStatus::CancelledClient : AppointmentStatus::CancelledCentre);
}

SaveResult AppointmentService::setStatus(
    const Actor &actor, const QString &appointmentId, AppointmentStatus status)
{
    requirePermission(actor, Permission::ManageAppointments);
    return m_after.run(m_db, [&] {
        Appointment appointment = requireAppointment(appointmentId);
        const bool outcome
            = status == AppointmentStatus::Attended || status == AppointmentStatus::NoShow;
        if (outcome && appointment.startDay() > m_clock.today()) {
            refuse(QStringLiteral("status"),
                QCoreApplication::translate("mestring",
                    "The appointment is on %1. Record "
                    "whether the client came on the day "
                    "or after.")
                    .arg(shownDate(appointment.startDay())));
        }
        const bool absent
            = status != AppointmentStatus::Attended && status != AppointmentStatus::Planned;
        if (absent && !FeedbackRepository(m_db).forAppointments({appointmentId}).empty()) {
            refuse(QStringLiteral("status"),
                QCoreApplication::translate("mestring",
                    "The client filled in FIT at this session, so they were there. Correct the "
                    "FIT rating first if it belongs to another session."));
        }
        appointment.status = status;
        return save(actor, appointment, false, false);
    });
}

} // namespace mestring::core
