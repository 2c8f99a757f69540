#pragma once

#include <QString>

#include "core/storage/databaselocation.h"

namespace mestring::ui {

/// What the start-up restore did.
struct StartupRestoreResult
{
    bool attempted = false;
    bool restored = false;
    QString message; // for the user, translated; empty when nothing was attempted
};

/// Carries out the restore a manager asked for in Administration (BackupSettings), before the
/// program opens `database`: no other connection of this program has it open then. Only a
/// restore asked for that same database is carried out; it is attempted once (the request is
/// cleared first, so a failing restore cannot stop the program from starting). The restore
/// checks the backup before replacing anything and keeps the replaced database as a safety
/// copy (BackupService::restoreInto); it is logged in the restored database in the manager's
/// name.
StartupRestoreResult runPendingRestore(const core::DatabaseLocation &database);

} // namespace mestring::ui
