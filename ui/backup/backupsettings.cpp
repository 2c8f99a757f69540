#include "backupsettings.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include "core/services/backupservice.h"

namespace mestring::ui {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("Mestring"), QStringLiteral("Mestring"));
}

} // namespace

QString BackupSettings::folderFor(const core::DatabaseLocation &database)
{
    const QString chosen = settings().value(QStringLiteral("backup/folder")).toString();
    if (!chosen.isEmpty()) return chosen;
    if (database.isServer()) {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("Mestring backup"));
    }
    return QFileInfo(database.filePath()).absoluteDir().filePath(QStringLiteral("backup"));
}

QString BackupSettings::keyOf(const core::DatabaseLocation &database)
{
    return database.isServer() ? database.displayText()
                               : QFileInfo(database.filePath()).absoluteFilePath();
}

void BackupSettings::setFolder(const QString &folder)
{
    settings().setValue(QStringLiteral("backup/folder"), folder);
}

int BackupSettings::keep()
{
    return std::clamp(
        settings().value(QStringLiteral("backup/keep"), core::BackupService::defaultKeep).toInt(),
        1, 365);
}

void BackupSettings::setPendingRestore(const PendingRestore &restore)
{
    QSettings s = settings();
    s.setValue(QStringLiteral("backup/restoreFile"), restore.backupFile);
    s.setValue(QStringLiteral("backup/restoreDatabase"), restore.database);
    s.setValue(QStringLiteral("backup/restoreStaffId"), restore.staffId);
    s.setValue(QStringLiteral("backup/restoreStaffName"), restore.staffName);
    s.sync();
}

std::optional<PendingRestore> BackupSettings::pendingRestore()
{
    const QSettings s = settings();
    PendingRestore restore;
    restore.backupFile = s.value(QStringLiteral("backup/restoreFile")).toString();
    restore.database = s.value(QStringLiteral("backup/restoreDatabase")).toString();
    restore.staffId = s.value(QStringLiteral("backup/restoreStaffId")).toString();
    restore.staffName = s.value(QStringLiteral("backup/restoreStaffName")).toString();
    if (restore.backupFile.isEmpty() || restore.database.isEmpty()) return std::nullopt;
    return restore;
}

void BackupSettings::clearPendingRestore()
{
    QSettings s = settings();
    for (const char *key : {"restoreFile", "restoreDatabase", "restoreStaffId", "restoreStaffName"})
        s.remove(QStringLiteral("backup/") + QLatin1StringView(key));
    s.sync();
}

} // namespace mestring::ui
