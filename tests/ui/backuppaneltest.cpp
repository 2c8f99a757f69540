#include <catch2/catch.hpp>

#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/backupservice.h"
#include "core/storage/database.h"
#include "ui/backup/backupsettings.h"
#include "ui/backup/backupworker.h"
#include "ui/backup/dailybackup.h"
#include "ui/backup/startuprestore.h"
#include "ui/views/admin/backuppanel.h"
#include "uitesthelpers.h"

using namespace mestring;

namespace {

const core::Actor manager {
    QStringLiteral("s-mgr"), QStringLiteral("Lars Vang"), core::Role::Manager, false};

// A database file in a temporary folder, with its backups in `backups` (the setting of this
// computer, test mode), cleared again afterwards.
struct BackupFolder
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mestring.sqlite"));
    QString backups = dir.filePath(QStringLiteral("backups"));

    BackupFolder()
    {
        REQUIRE(dir.isValid());
        core::Database db(QStringLiteral("backup-panel-setup"));
        db.open(path);
        ui::BackupSettings::setFolder(backups);
        ui::BackupSettings::clearPendingRestore();
    }
    ~BackupFolder()
    {
        ui::BackupSettings::setFolder(QString());
        ui::BackupSettings::clearPendingRestore();
    }
};

} // namespace

TEST_CASE("Take backup now writes a checked backup into the folder without blocking the window",
    "[ui][backup]")
{
    BackupFolder f;
    ui::BackupPanel panel(core::DatabaseLocation::file(f.path), manager);
    panel.show();
    CHECK(panel.folder() == f.backups);
    REQUIRE(panel.backupButton()->isEnabled());
    CHECK_FALSE(panel.restoreButton()->isEnabled());
    panel.takeBackupNow();
    CHECK(panel.status().contains(QStringLiteral("Taking the backup")));
    REQUIRE(test::waitUntil(
        [&] {
            return !panel.worker()->isRunning()
                && panel.status().contains(QStringLiteral("checked"));
        },
        20000));
    CHECK(core::BackupService::backupsIn(f.backups).size() == 1);
    CHECK(panel.backupList()->count() == 1);
}

TEST_CASE("A restore is confirmed, recorded for the next start and carried out before the file "
          "is opened",
    "[ui][backup]")
{
    BackupFolder f;
    ui::BackupPanel panel(core::DatabaseLocation::file(f.path), manager);
    panel.show();
    panel.takeBackupNow();
    REQUIRE(test::waitUntil(
        [&] {
            return !panel.worker()->isRunning()
                && panel.status().contains(QStringLiteral("checked"));
        },
        20000));
    REQUIRE(core::BackupService::backupsIn(f.backups).size() == 1);
    // Something registered after the backup: lost by the restore.
    {
        core::Database db(QStringLiteral("backup-panel-after"));
        db.open(f.path, core::Database::OpenMode::MustExist);
        core::AccessLog(db, core::Clock()).record(
            manager, core::AccessKind::Read, QString(), QStringLiteral("after"));
    }
    panel.backupList()->setCurrentRow(0);
    REQUIRE(panel.restoreButton()->isEnabled());
    QString asked;
    panel.setConfirmation([&asked](const QString &question) {
        asked = question;
        return false;
    });
    QSignalSpy restart(&panel, &ui::BackupPanel::restartRequested);
    CHECK_FALSE(panel.restoreChosen());
    CHECK(
        asked.contains(QStringLiteral("Everything registered after the backup was taken is lost")));
    CHECK_FALSE(ui::BackupSettings::pendingRestore());
    CHECK(restart.isEmpty());

    panel.setConfirmation([](const QString &) { return true; });
    CHECK(panel.restoreChosen());
    CHECK(restart.size() == 1);
    const auto pending = ui::BackupSettings::pendingRestore();
    REQUIRE(pending);
    CHECK(pending->staffId == manager.staffId);

    // Another database file is not touched by it, and the request stays.
    CHECK_FALSE(ui::runPendingRestore(
                        core::DatabaseLocation::file(f.dir.filePath(QStringLiteral("other.sqlite")))).attempted);
    const ui::StartupRestoreResult result = ui::runPendingRestore(core::DatabaseLocation::file(f.path));
    CHECK(result.attempted);
    CHECK(result.restored);
    CHECK(result.message.contains(QStringLiteral("restored")));
    CHECK_FALSE(ui::BackupSettings::pendingRestore());
    core::Database db(QStringLiteral("backup-panel-check"));
    db.open(f.path, core::Database::OpenMode::MustExist);
    core::AccessLogQuery after;
    after.actor = manager.staffId;
    bool lostEntry = false;
    bool restoreLogged = false;
    for (const core::AccessLogEntry &e : core::AccessLog(db, core::Clock()).find(after)) {
        lostEntry = lostEntry || e.detail == QStringLiteral("after");
        restoreLogged
            = restoreLogged || e.action == core::accessKindCode(core::AccessKind::Restore);
    }
    CHECK_FALSE(lostEntry);
    CHECK(restoreLogged);
}

TEST_CASE("A restore from a damaged backup is refused at start and leaves the database as it was",
    "[ui][backup]")
{
    BackupFolder f;
    const QString broken = f.dir.filePath(QStringLiteral("mestring-20250101-070000.sqlite"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    ui::BackupSettings::setPendingRestore({broken, f.path, manager.staffId, manager.name});
    const ui::StartupRestoreResult result = ui::runPendingRestore(core::DatabaseLocation::file(f.path));
    CHECK(result.attempted);
    CHECK_FALSE(result.restored);
    CHECK(result.message.contains(QStringLiteral("Nothing was replaced")));
    CHECK_FALSE(ui::BackupSettings::pendingRestore()); // tried once, not at every start
    core::Database db(QStringLiteral("backup-panel-intact"));
    CHECK_NOTHROW(db.open(f.path, core::Database::OpenMode::MustExist));
}

TEST_CASE("The first start of the day takes a backup in the background, later starts do not",
    "[ui][backup]")
{
    BackupFolder f;
    ui::DailyBackup daily(f.path, f.backups, 14);
    QSignalSpy messages(&daily, &ui::DailyBackup::statusMessage);
    QSignalSpy failures(&daily, &ui::DailyBackup::failed);
    REQUIRE(daily.startIfDue(core::Clock().today()));
    REQUIRE(test::waitUntil([&] { return messages.size() == 2; }, 20000));
    CHECK(messages.at(1).at(0).toString().contains(QStringLiteral("Today's backup was taken")));
    CHECK(failures.isEmpty());
    daily.worker()->wait();
    CHECK_FALSE(daily.startIfDue(core::Clock().today()));
    CHECK(core::BackupService::backupsIn(f.backups).size() == 1);
}

TEST_CASE("A failed daily backup says so and what to do", "[ui][backup]")
{
    BackupFolder f;
    const QString blocked = f.dir.filePath(QStringLiteral("a-file"));
    QFile file(blocked);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    ui::DailyBackup daily(f.path, blocked + QStringLiteral("/backups"), 14);
    QSignalSpy failures(&daily, &ui::DailyBackup::failed);
    REQUIRE(daily.startIfDue(core::Clock().today()));
    REQUIRE(test::waitUntil([&] { return failures.size() == 1; }, 20000));
    const QString message = failures.at(0).at(0).toString();
    CHECK(message.contains(QStringLiteral("could not be taken")));
    CHECK(message.contains(QStringLiteral("Take backup now")));
}
