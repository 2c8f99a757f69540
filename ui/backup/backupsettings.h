#pragma once

#include <optional>

#include <QString>

#include "core/services/actor.h"

namespace mestring::ui {

/// A restore a manager asked for, carried out at the next start before the database is
/// opened (nothing else has the file open then).
struct PendingRestore
{
    QString backupFile;
    QString databasePath; // the restore applies to this file only
    QString staffId; // the manager who asked, for the access log
    QString staffName;
};

/// The backup settings of this computer (~/.config/Mestring/Mestring.conf, group "backup"):
/// the folder (default: `backup` beside the database, as mestring-cli), how many backups are
/// kept (default 14) and a restore waiting for the next start.
class BackupSettings
{
public:
    static QString folderFor(const QString &databasePath);
    static void setFolder(const QString &folder);
    static int keep();

    static void setPendingRestore(const PendingRestore &restore);
    static std::optional<PendingRestore> pendingRestore();
    static void clearPendingRestore();
};

} // namespace mestring::ui
