#include "permissions.h"

#include <QCoreApplication>

#include "serviceerrors.h"

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

bool mayDo(const Actor &actor, Permission permission)
{
    return actor.isSystem || roleHas(actor.role, permission);
}

void requirePermission(const Actor &actor, Permission permission)
{
    if (mayDo(actor, permission))
        return;
    throw PermissionDenied(
        QCoreApplication::translate("mestring", "As %1 you may not do this. Ask a colleague "
                                                "with the right role, or your manager.")
            .arg(roleTitle(actor.role)));
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Therapist:
        return QCoreApplication::translate("mestring", "therapist");
    case Role::FamilyTherapist:
        return QCoreApplication::translate("mestring", "family therapist");
    case Role::Nurse:
        return QCoreApplication::translate("mestring", "nurse");
    case Role::Doctor:
        return QCoreApplication::translate("mestring", "doctor");
    case Role::Intake:
        return QCoreApplication::translate("mestring", "intake officer");
    case Role::Coordinator:
        return QCoreApplication::translate("mestring", "coordinator");
    case Role::Manager:
        return QCoreApplication::translate("mestring", "manager");
    case Role::AdminStaff:
        return QCoreApplication::translate("mestring", "administrative staff");
    }
    return {};
}

} // namespace mestring::core
