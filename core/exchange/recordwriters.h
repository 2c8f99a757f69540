#pragma once

#include "core/domain/dataset.h"
#include "jsontextwriter.h"

// One function per record type: writes the record's fields (inside an object the caller opens)
// in the order of docs/interchange.md.
namespace mestring::core::exchange {

void writeStaffMember(JsonTextWriter &w, const StaffMember &staff);
void writeClient(JsonTextWriter &w, const Client &client);
void writeAbsence(JsonTextWriter &w, const Absence &absence);
void writeJournalNote(JsonTextWriter &w, const JournalNote &note);

void writeCourse(JsonTextWriter &w, const Course &course);
void writeGoal(JsonTextWriter &w, const Goal &goal);
void writeAssessment(JsonTextWriter &w, const Assessment &assessment);
void writeAppointment(JsonTextWriter &w, const Appointment &appointment);
void writeGroupCourse(JsonTextWriter &w, const GroupCourse &group);

void writePrescription(JsonTextWriter &w, const Prescription &prescription);
void writeDispensing(JsonTextWriter &w, const Dispensing &dispensing);
void writeEffectTarget(JsonTextWriter &w, const EffectTarget &target);
void writeCorrection(JsonTextWriter &w, const Correction &correction);
void writeClosedDay(JsonTextWriter &w, const ClosedDay &day);

void writeFitRating(JsonTextWriter &w, const FitRating &rating);
void writeWaitingListEntry(JsonTextWriter &w, const WaitingListEntry &entry);
void writeRegistryReport(JsonTextWriter &w, const RegistryReport &report);

} // namespace mestring::core::exchange
