#pragma once

#include "actor.h"
#include "core/domain/permission.h"

namespace mestring::core {

bool mayDo(const Actor &actor, Permission permission);
/// Throws PermissionDenied with a message naming the missing right.
void requirePermission(const Actor &actor, Permission permission);
/// The Danish-facing name of a role ("behandler", "læge", ...), translated.
QString roleTitle(Role role);

} // namespace mestring::core
