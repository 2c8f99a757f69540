#include "permissions.h"

#include <QCoreApplication>

#include "serviceerrors.h"

namespace mestring::core {

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
