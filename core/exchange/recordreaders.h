#pragma once

#include "core/domain/dataset.h"
#include "jsonfieldreader.h"

// One function per record type of the interchange file: reads the fields domain.md section 5
// names, in the reader's object, and leaves unknown-field checking to the caller's finish().
namespace mestring::core::exchange {

StaffMember readStaffMember(JsonFieldReader &r);
Client readClient(JsonFieldReader &r);
Absence readAbsence(JsonFieldReader &r);
JournalNote readJournalNote(JsonFieldReader &r);

Course readCourse(JsonFieldReader &r);
Goal readGoal(JsonFieldReader &r);
Assessment readAssessment(JsonFieldReader &r);
Appointment readAppointment(JsonFieldReader &r);

GroupCourse readGroupCourse(JsonFieldReader &r);

Prescription readPrescription(JsonFieldReader &r);
Dispensing readDispensing(JsonFieldReader &r);
EffectTarget readEffectTarget(JsonFieldReader &r);
Correction readCorrection(JsonFieldReader &r);
ClosedDay readClosedDay(JsonFieldReader &r);

FitRating readFitRating(JsonFieldReader &r);
WaitingListEntry readWaitingListEntry(JsonFieldReader &r);
RegistryReport readRegistryReport(JsonFieldReader &r);

} // namespace mestring::core::exchange
