#pragma once

#include <QString>

#include "enums.h"

namespace mestring::core {

/// A member of staff (medarbejder). Passwords live only in storage, never in this value.
struct StaffMember
{
    QString id;
    QString name;
    Role role = Role::Therapist;
    QString username; // null when the member cannot log in
    bool active = true;
    QString team; // optional free text ("Alkoholteam"); reports break down by it

    friend bool operator==(const StaffMember &, const StaffMember &) = default;
};

/// The id under which the command-line tool acts and is named in the access log.
inline QString systemActorId()
{
    return QStringLiteral("system");
}

} // namespace mestring::core
