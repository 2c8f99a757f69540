#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "aftercommit.h"
#include "clientservice.h"
#include "core/domain/absence.h"
#include "core/domain/appointment.h"
#include "core/domain/calendar.h"
#include "core/domain/course.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// What the UI shows before an appointment is saved: the staff member's and the client's
/// other appointments at the same time, and the client's absence periods on its day.
/// Cancelled appointments free their time and are not listed.
struct AppointmentConflicts
{
    std::vector<Appointment> staffOverlaps;
    std::vector<Appointment> clientOverlaps;
    std::vector<Absence> absences;

    bool isEmpty() const
    {
        return staffOverlaps.empty() && clientOverlaps.empty() && absences.empty();
    }
    /// One warning per kind of conflict, for SaveResult::warnings.
    RuleIssues warnings() const;
};

/// Appointments (aftaler): book, move, cancel and mark attendance, and the lists of a course,
/// a client, a staff member or a day. Booking into a client's absence period, or on top of
/// another appointment of the staff member or the client, is allowed with a warning (a family
/// session may have two staff; a holiday may be cut short). Attendance (attended, no-show) is
/// only recorded once the appointment's day has come. Needs ManageAppointments (clinical
/// staff may read too); every read and change is written to the access log.
class AppointmentService : public QObject
{
    Q_OBJECT

public:
    AppointmentService(const Database &db, AccessLog &log, const Clock &clock,
                       QObject *parent = nullptr);

    std::vector<Appointment> forCourse(const Actor &actor, const QString &courseId);
    /// The appointments of all a client's courses starting in [from, to] (to null: open).
    std::vector<Appointment> forClient(
        const Actor &actor, const QString &clientId, const QDate &from, const QDate &to = {});
    /// A staff member's calendar for the days [from, to].
    std::vector<Appointment> forStaff(
        const Actor &actor, const QString &staffId, const QDate &from, const QDate &to);
    std::vector<Appointment> onDay(const Actor &actor, const QDate &day);
    /// The calendar of the days [from, to] (at most 42) for one staff member or, with staffId
    /// empty, the whole centre: appointments with their clients' names and the absence
    /// periods that touch those days. One read is logged per client shown.
    CalendarSpan calendar(
        const Actor &actor, const QDate &from, const QDate &to, const QString &staffId = {});

    /// The conflicts of `appointment` as it would be saved (it may not be stored yet).
    AppointmentConflicts conflicts(const Actor &actor, const Appointment &appointment);

    /// Books an appointment (assigns an id when empty). The staff member must be active.
    SaveResult book(const Actor &actor, Appointment appointment);
    /// Moves a planned appointment to a new time, length and (when not empty) staff member.
    /// With `loaded` (the appointment as the user's form read it), refused with EditConflict
    /// when it has been saved since.
    SaveResult move(const Actor &actor, const QString &appointmentId, const QDateTime &start,
        int minutes, const QString &staffId = {}, const Appointment *loaded = nullptr);
    /// Cancelled by the client (afbud) or by the centre (aflyst).
    SaveResult cancel(const Actor &actor, const QString &appointmentId, bool byClient);
    /// Marks the status: attended, no_show, a cancellation, or planned again (a correction).
    SaveResult setStatus(
        const Actor &actor, const QString &appointmentId, AppointmentStatus status);

Q_SIGNALS:
    void appointmentChanged(const QString &appointmentId, const QString &courseId);

private:
    Appointment requireAppointment(const QString &id) const;
    AppointmentConflicts findConflicts(const Appointment &appointment, const Course &course) const;
    std::vector<Appointment> logged(
        const Actor &actor, std::vector<Appointment> list, const QString &detail);
    SaveResult save(
        const Actor &actor, const Appointment &appointment, bool isNew, bool checkStaff);

    const Database &m_db;
    AfterCommit m_after;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
