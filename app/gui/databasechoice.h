#pragma once

#include <optional>

#include <QString>

#include "guioptions.h"

namespace mestring::app {

// Which database the GUI opens when the user picks another one: a server ("Forbind til
// server") remembered on this PC, or back to the file on this PC.

/// After the login dialog's "Connect to server…": `chosen` is a server, or invalid for the
/// file on this PC. Remembers the choice.
GuiOptions databaseChosen(const core::DatabaseLocation &chosen);

/// What the login dialog and the window title show: the file's name, or "server/database".
QString databaseDisplayName(const core::DatabaseLocation &database);

} // namespace mestring::app
