#pragma once

#include <map>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>

#include "core/domain/appointment.h"
#include "core/domain/assessment.h"
#include "core/domain/client.h"
#include "core/domain/course.h"
#include "core/domain/goal.h"
#include "core/domain/noshowrate.h"
#include "core/domain/prescription.h"
#include "core/services/actor.h"
#include "recordreaders.h"

namespace mestring::core {

/// Attendance on Borgerstatus looks back this many months from the day printed.
inline constexpr int statusAttendanceMonths = 6;

/// One course on Borgerstatus with its plan and assessments.
struct ClientStatusCourse
{
    Course course;
    QString responsibleName;
    std::vector<Goal> goals; // plan order, active and closed
    std::vector<Assessment> assessments; // earliest first
};

/// Borgerstatus: one client's status for a plan meeting.
struct ClientStatusReport
{
    QDate today;
    Client client;
    /// The open courses (requested or active), oldest first; when the client has none, the
    /// latest course, so the meeting still sees where the client left off.
    std::vector<ClientStatusCourse> courses;
    /// Appointments of every course of the client starting in [attendanceFrom, today].
    QDate attendanceFrom;
    std::map<AppointmentStatus, int> attendance; // every status present, 0 when none
    NoShowRate noShows;
    QDateTime nextAppointment; // the earliest planned appointment from today on; null if none
    /// Only for roles with ReadMedication; the others get no medication section at all.
    bool medicationShown = false;
    std::vector<Prescription> prescriptions; // active today, earliest start first
};

/// Assembles Borgerstatus through the services, which check permissions and log each read.
ClientStatusReport clientStatusReport(
    RecordReaders readers, const Actor &actor, const QString &clientId, const QDate &today);

} // namespace mestring::core
