#pragma once

#include "enums.h"

namespace mestring::core {

/// What a role may do (domain.md section 1).
enum class Permission {
    ReadMasterData, // clients' master data (stamdata)
    EditMasterData,
    ReadClinical, // courses, plans, assessments, journal text
    WriteClinical, // courses, plans, goals, assessments, notes
    ManageIntake, // requests, intake, course creation, waiting lists
    ManageAppointments, // book, move, cancel, mark attendance
    ManageGroups,
    ReadMedication,
    Dispense, // register dispensings (udlevering)
    Prescribe, // create, change, stop prescriptions; medical reviews
    ViewReports, // all reports and the centre-wide overview
    EditTargets, // effect-goal targets
    ManageStaff, // staff accounts and passwords
    Backup, // backup and restore
    ReadAccessLog,
    DisposeRecords, // dispose of (kassere) a client's records after the retention period
    ManageMedicationSettings, // the centre's closed days, dose limits, methadone concentration
};

bool roleHas(Role role, Permission permission);

} // namespace mestring::core
