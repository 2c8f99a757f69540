#pragma once

#include <QString>

#include "core/storage/databaselocation.h"

class QApplication;

namespace mestring::app {

/// What the GUI was started with.
struct GuiOptions
{
    /// The file or server to open: --db, else the server this PC connects to, else the
    /// per-user default file.
    core::DatabaseLocation database;
    /// True for the per-user default file (no --db, no server chosen on this PC): it gets the
    /// demo centre on first start so a new user sees a working program instead of empty
    /// screens.
    bool isDefaultDatabase = false;
};

/// Parses the command line (--db PATH or --db postgresql://..., --help, --version). Exits the
/// process for --help and --version, as QCommandLineParser does. Throws StorageError for a
/// malformed server address.
GuiOptions parseGuiOptions(const QApplication &app);

/// The default database file: <AppDataLocation>/mestring.sqlite.
QString defaultDatabasePath();

/// The server this PC connects to ("Forbind til server", database/server in the settings),
/// empty for the file on this PC.
QString rememberedServer();
/// Remembers `address` (never a password) as this PC's server; empty goes back to the file.
void rememberServer(const QString &address);

} // namespace mestring::app
