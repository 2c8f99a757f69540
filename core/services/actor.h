#pragma once

#include <QString>

#include "core/domain/enums.h"
#include "core/domain/staffmember.h"

namespace mestring::core {

/// Who is acting: every service call names the staff member (or the system user of the
/// command-line tool), so permission checks and the access log happen in one place.
struct Actor
{
    QString staffId;
    QString name;
    Role role = Role::Therapist;
    bool isSystem = false;

    static Actor fromStaff(const StaffMember &member)
    {
        return {member.id, member.name, member.role, false};
    }

    /// The command-line tool: whoever can open the file can read it with any SQLite tool, so
    /// it acts with every permission and is named "system" in the access log.
    static Actor system() { return {systemActorId(), QStringLiteral("system"), Role::Manager, true}; }
};

} // namespace mestring::core
