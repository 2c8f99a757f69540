#include "permission.h"

namespace mestring::core {

namespace {

bool therapistMay(Permission p)
{
    switch (p) {
    case Permission::ReadMasterData:
    case Permission::EditMasterData:
    case Permission::ReadClinical:
    case Permission::WriteClinical:
    case Permission::ManageAppointments:
    case Permission::ManageGroups:
    case Permission::ReadMedication:
        return true;
    default:
        return false;
    }
}

bool coordinatorMay(Permission p)
{
    return therapistMay(p) || p == Permission::ManageIntake || p == Permission::Dispense
        || p == Permission::ViewReports || p == Permission::EditTargets
        || p == Permission::ManageMedicationSettings;
}

} // namespace

bool roleHas(Role role, Permission p)
{
    switch (role) {
    case Role::Therapist:
    case Role::FamilyTherapist:
        return therapistMay(p);
    case Role::Nurse:
        return therapistMay(p) || p == Permission::Dispense;
    case Role::Doctor:
        return therapistMay(p) || p == Permission::Dispense || p == Permission::Prescribe
            || p == Permission::ManageMedicationSettings;
    case Role::Intake:
        return p == Permission::ReadMasterData || p == Permission::EditMasterData
            || p == Permission::ManageIntake || p == Permission::ReadClinical
            || p == Permission::ManageAppointments || p == Permission::ManageGroups;
    case Role::Coordinator:
        return coordinatorMay(p);
    case Role::Manager:
        return coordinatorMay(p) || p == Permission::ManageStaff || p == Permission::Backup
            || p == Permission::ReadAccessLog || p == Permission::DisposeRecords;
    case Role::AdminStaff:
        return p == Permission::ReadMasterData || p == Permission::EditMasterData
            || p == Permission::ManageAppointments || p == Permission::ManageGroups;
    }
    return false;
}

} // namespace mestring::core
