#pragma once

#include <QStringList>

#include "sqlengine.h"

namespace mestring::core {

/// Schema version 4: every stored instant becomes UTC text of one fixed width
/// ("2025-01-17T09:00:00.000Z", see dateTimeValue), so text order is instant order, and the
/// day columns (appointments.start_day, notes.written_day) become the Copenhagen calendar date
/// of the instant. Before, instants kept the offset of the PC that wrote them (a UTC terminal
/// server wrote "…Z" and the UTC date), staff.locked_until had no offset at all, and lists
/// sorted by that text came out of order. The access log keeps its text: it is hashed.
QStringList schemaV4(SqlEngine engine);

} // namespace mestring::core
