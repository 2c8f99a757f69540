#pragma once

#include <vector>

#include "absence.h"
#include "appointment.h"
#include "assessment.h"
#include "client.h"
#include "closedday.h"
#include "correction.h"
#include "course.h"
#include "dispensing.h"
#include "effecttarget.h"
#include "fitrating.h"
#include "goal.h"
#include "groupcourse.h"
#include "journalnote.h"
#include "prescription.h"
#include "registryreport.h"
#include "staffmember.h"
#include "waitinglistentry.h"

namespace mestring::core {

/// Every record of a centre, as the interchange file holds it. The importer parses into it,
/// the exporter writes it, and the data-rule checker reads it.
struct Dataset
{
    std::vector<StaffMember> staff;
    std::vector<Client> clients;
    std::vector<Course> courses;
    std::vector<Goal> goals;
    std::vector<Assessment> assessments;
    std::vector<Appointment> appointments;
    std::vector<Absence> absences;
    std::vector<GroupCourse> groups;
    std::vector<Prescription> prescriptions;
    std::vector<Dispensing> dispensings;
    std::vector<EffectTarget> targets;
    std::vector<JournalNote> notes;
    std::vector<Correction> corrections;
    std::vector<ClosedDay> closedDays;
    std::vector<FitRating> feedback;
    std::vector<WaitingListEntry> waitingLists;
    std::vector<RegistryReport> registryReports;

    std::size_t recordCount() const;

    friend bool operator==(const Dataset &, const Dataset &) = default;
};

} // namespace mestring::core
