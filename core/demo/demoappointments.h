#pragma once

#include "core/demo/democontext.h"

namespace mestring::core::demo {

/// A course's appointments from its start to its end, or three weeks ahead for open courses:
/// sessions with the responsible at the profile's cadence (family, relatives, outreach, phone
/// and video among them), doctor consultations before and at each medication change and every
/// few months, nurse checks and NADA. None planned inside an absence; past ones attended,
/// missed or cancelled; some open courses get the no-show streak or silent month they were
/// meant to show.
void addAppointments(DemoContext &ctx, DemoRandom &rng, int course);

/// Books and adds one appointment; returns its index in Dataset::appointments.
int addAppointment(DemoContext &ctx, int course, int staff, AppointmentType type, const QDate &day,
    int preferredSlot, AppointmentStatus status);

} // namespace mestring::core::demo
