#include "startuprestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include "backupsettings.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/backupservice.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

StartupRestoreResult runPendingRestore(const QString &databasePath)
{
    StartupRestoreResult result;
    const std::optional<PendingRestore> pending = BackupSettings::pendingRestore();
    if (!pending || !sameFile(pending->databasePath, databasePath)) return result;
    BackupSettings::clearPendingRestore();
    result.attempted = true;
    const QString backup = QDir::toNativeSeparators(pending->backupFile);
    core::RestoreResult restored;
    try {
        restored = core::BackupService::restoreFile(pending->backupFile, databasePath);
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
    try {
        core::Database db(QStringLiteral("startup-restore-") + QUuid::createUuid().toString());
        db.open(databasePath, core::Database::OpenMode::MustExist);
        const core::Actor manager {
            pending->staffId, pending->staffName, core::Role::Manager, false};
        core::AccessLog(db, core::Clock()).record(manager, core::AccessKind::Restore, QString(),
            QStringLiteral("restored from %1").arg(pending->backupFile));
    } catch (const core::StorageError &error) {
        // The restore itself stands; opening the file below reports what is wrong with it.
        result.message += QLatin1Char(' ') + error.message();
    }
    return result;
}

} // namespace mestring::ui
