#pragma once

#include <optional>

#include <QString>

#include "core/services/actor.h"
#include "core/storage/databaselocation.h"

namespace mestring::ui {

/// A restore a manager asked for, carried out at the next start before the database is
/// opened (nothing else has the file open then).
struct PendingRestore
{
    QString backupFile;
    QString database; // the restore applies to this database only (file path or address)
    QString staffId; // the manager who asked, for the access log
    QString staffName;
};

/// The backup settings of this computer (~/.config/Mestring/Mestring.conf, group "backup"):
/// the folder (default: `backup` beside a database file, as mestring-cli; for a server
/// "Mestring backup" in the user's documents), how many backups are kept (default 14) and a
/// restore waiting for the next start.
class BackupSettings
{
public:
    static QString folderFor(const core::DatabaseLocation &database);
    /// How a pending restore names `database`: its absolute path, or its address.
    static QString keyOf(const core::DatabaseLocation &database);
    static void setFolder(const QString &folder);
    static int keep();

    static void setPendingRestore(const PendingRestore &restore);
    static std::optional<PendingRestore> pendingRestore();
    static void clearPendingRestore();
};

} // namespace mestring::ui
