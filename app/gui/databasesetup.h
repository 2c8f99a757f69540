#pragma once

namespace mestring::core {
class Database;
}

namespace mestring::app {

struct GuiOptions;

/// Opens the database the options name. The default file, when it does not exist yet, is
/// created with the demo centre in it; returns true then. Throws core::StorageError with a
/// message for the user.
bool openDatabase(core::Database &db, const GuiOptions &options);

} // namespace mestring::app
