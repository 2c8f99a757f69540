#include "clientstatusreport.h"

#include <algorithm>
#include <tuple>

#include "core/services/appointmentservice.h"
#include "core/services/assessmentservice.h"
#include "core/services/clientservice.h"
#include "core/services/courseservice.h"
#include "core/services/goalservice.h"
#include "core/services/permissions.h"
#include "core/services/prescriptionservice.h"
#include "core/services/serviceerrors.h"
#include "core/services/staffservice.h"

namespace mestring::core {

namespace {

std::vector<Course> shownCourses(std::vector<Course> all)
{
    std::vector<Course> open;
    for (Course &course : all) {
        if (course.isOpen()) open.push_back(std::move(course));
    }
    if (open.empty() && !all.empty()) {
        // The latest course: the latest end, then the latest request.
        const auto latest
            = std::max_element(all.begin(), all.end(), [](const Course &a, const Course &b) {
                  return std::tie(a.endDate, a.requestDate, a.id)
                      < std::tie(b.endDate, b.requestDate, b.id);
              });
        open.push_back(std::move(*latest));
    }
    return open;
}

QString staffName(RecordReaders &readers, const Actor &actor, const QString &staffId)
{
    if (staffId.isEmpty()) return {};
    try {
        return readers.staff.get(actor, staffId).name;
    } catch (const ServiceError &) {
        return staffId;
    }
}

void addAttendance(ClientStatusReport &report, const std::vector<Appointment> &appointments)
{
    for (int s = 0; s < enumCount<AppointmentStatus>(); ++s)
        report.attendance[AppointmentStatus(s)] = 0;
    for (const Appointment &a : appointments) {
        const QDate day = a.startDay();
        if (day >= report.attendanceFrom && day <= report.today) ++report.attendance[a.status];
        if (a.status == AppointmentStatus::Planned && day >= report.today
            && (report.nextAppointment.isNull() || a.start < report.nextAppointment))
            report.nextAppointment = a.start;
    }
    report.noShows = noShowRate(appointments, report.attendanceFrom, report.today);
}

} // namespace

ClientStatusReport clientStatusReport(
    RecordReaders readers, const Actor &actor, const QString &clientId, const QDate &today)
{
    ClientStatusReport report;
    report.today = today;
    report.attendanceFrom = today.addMonths(-statusAttendanceMonths).addDays(1);
    report.client = readers.clients.get(actor, clientId);
    for (Course &course : shownCourses(readers.courses.forClient(actor, clientId))) {
        ClientStatusCourse shown;
        shown.responsibleName = staffName(readers, actor, course.responsible);
        shown.goals = readers.goals.forCourse(actor, course.id);
        shown.assessments = readers.assessments.forCourse(actor, course.id);
        shown.course = std::move(course);
        report.courses.push_back(std::move(shown));
    }
    addAttendance(report, readers.appointments.forClient(actor, clientId, report.attendanceFrom));
    report.medicationShown = mayDo(actor, Permission::ReadMedication);
    if (report.medicationShown) {
        for (Prescription &p : readers.prescriptions.forClient(actor, clientId)) {
            if (p.isActiveOn(today)) report.prescriptions.push_back(std::move(p));
        }
    }
    return report;
}

} // namespace mestring::core
