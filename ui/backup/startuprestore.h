#pragma once

#include <QString>

namespace mestring::ui {

/// What the start-up restore did.
struct StartupRestoreResult
{
    bool attempted = false;
    bool restored = false;
    QString message; // for the user, translated; empty when nothing was attempted
};

/// Carries out the restore a manager asked for in Administration (BackupSettings), before the
/// program opens `databasePath`: no other connection of this program has the file open then.
/// Only a restore asked for that same file is carried out; it is attempted once (the request
/// is cleared first, so a failing restore cannot stop the program from starting). The restore
/// checks the backup before replacing anything and keeps the replaced file as a safety copy
/// (BackupService::restoreFile); it is logged in the restored database in the manager's name.
StartupRestoreResult runPendingRestore(const QString &databasePath);

} // namespace mestring::ui
