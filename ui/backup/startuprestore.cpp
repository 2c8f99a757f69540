#include "startuprestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "backupsettings.h"
#include "core/domain/clock.h"
#include "core/services/backupservice.h"
#include "core/storage/storageerror.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

StartupRestoreResult runPendingRestore(const core::DatabaseLocation &database)
{
    StartupRestoreResult result;
    const std::optional<PendingRestore> pending = BackupSettings::pendingRestore();
    if (!pending || pending->database != BackupSettings::keyOf(database)) return result;
    BackupSettings::clearPendingRestore();
    result.attempted = true;
    const QString backup = QDir::toNativeSeparators(pending->backupFile);
    const core::Actor manager {pending->staffId, pending->staffName, core::Role::Manager, false};
    core::RestoreResult restored;
    try {
        restored = core::BackupService::restoreInto(
            pending->backupFile, database, manager, core::Clock());
    } catch (const core::StorageError &error) {
        result.message = tr("The restore from %1 failed: %2 Nothing was replaced; the database is "
                            "as it was. Choose another backup under Administration, or contact "
                            "your IT support.")
                             .arg(backup, error.message());
        return result;
    }
    result.restored = true;
    result.message = tr("The database was restored from the backup %1.").arg(backup);
    if (!restored.safetyCopy.isEmpty())
        result.message += QLatin1Char(' ')
            + tr("The database as it was before is kept as %1.")
                  .arg(QDir::toNativeSeparators(restored.safetyCopy));
    return result;
}

} // namespace mestring::ui
