#pragma once

#include <QString>

class QApplication;

namespace mestring::app {

/// What the GUI was started with.
struct GuiOptions
{
    QString databasePath;
    /// True when no --db was given: the per-user default file, which gets the demo centre on
    /// first start so a new user sees a working program instead of empty screens.
    bool isDefaultDatabase = false;
};

/// Parses the command line (--db PATH, --help, --version). Exits the process for --help and
/// --version, as QCommandLineParser does.
GuiOptions parseGuiOptions(const QApplication &app);

/// The default database file: <AppDataLocation>/mestring.sqlite.
QString defaultDatabasePath();

} // namespace mestring::app
