#pragma once

#include <span>

#include "core/domain/absence.h"
#include "core/domain/appointment.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Data rules on one appointment: id, course and start present; minutes > 0. The staff member
/// is optional (a booking may not have one assigned yet).
RuleIssues checkAppointment(const Appointment &appointment);

/// Workflow rule: a planned appointment inside an absence period of the client should have been
/// cancelled (`cancelled_client`). `clientAbsences` are the absences of the course's client.
/// Warns at "status".
RuleIssues checkAppointmentAbsences(
    const Appointment &appointment, std::span<const Absence> clientAbsences);

} // namespace mestring::core
