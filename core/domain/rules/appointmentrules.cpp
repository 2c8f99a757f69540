#include "appointmentrules.h"

#include <QCoreApplication>

#include "issuehelpers.h"
#include "textlimits.h"

namespace mestring::core {

RuleIssues checkAppointment(const Appointment &appointment)
{
    RuleIssues issues;
    if (appointment.id.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("id"),
            QCoreApplication::translate("mestring", "The appointment has no id.")));
    }
    if (appointment.course.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("course"),
            QCoreApplication::translate("mestring",
                "The appointment belongs to no course. Choose the "
                "course.")));
    }
    if (!appointment.start.isValid()) {
        issues.push_back(dataError(QStringLiteral("start"),
            QCoreApplication::translate("mestring",
                "The appointment has no start time. Enter the date and "
                "time.")));
    }
    checkTextLength(issues, QStringLiteral("location"), appointment.location, textlimit::location);
    if (appointment.minutes <= 0) {
        issues.push_back(dataError(QStringLiteral("minutes"),
            QCoreApplication::translate("mestring",
                "An appointment lasts at least 1 minute. Enter its "
                "length in minutes.")));
    }
    return issues;
}

RuleIssues checkAppointmentAbsences(
    const Appointment &appointment, std::span<const Absence> clientAbsences)
{
    if (appointment.status != AppointmentStatus::Planned || !appointment.start.isValid()) return {};
    const QDate day = appointment.startDay();
    for (const Absence &absence : clientAbsences) {
        if (!absence.from.isValid() || !absence.covers(day)) continue;
        return {workflowWarning(QStringLiteral("status"),
            QCoreApplication::translate("mestring",
                "The appointment is still planned but falls in an "
                "absence period of the client. Cancel it (cancelled by "
                "the client) or move it."))};
    }
    return {};
}

} // namespace mestring::core
