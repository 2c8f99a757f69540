#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// Schema version 3: medication safety. Corrections that annul a dispensing entered in error,
/// the centre's closed days, a prescription's annulment and a doctor's dose confirmation, a
/// dispensing's late-registration reason and the doctor's confirmation of it, and the time a
/// dispensing was registered. A dispensing annulled the same day can be registered again: the
/// day's uniqueness counts the registrations (`entry`), so two stations still cannot register
/// the same dose twice. The immutability triggers allow only setting those signed decisions,
/// once.
QStringList schemaV3(SqlEngine engine);

} // namespace mestring::core
