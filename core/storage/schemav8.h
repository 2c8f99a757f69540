#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// Row versions on the records staff change (clients, courses, goals, appointments), with who
/// saved the version and when; CPR numbers stored in their normalised form.
QStringList schemaV8(SqlEngine engine);

} // namespace mestring::core
