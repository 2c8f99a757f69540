// The GUI's composition root: it builds the object graph (database, services, windows) and
// hands references down. Nothing else in the program creates services or opens the database.
#include <memory>
#include <optional>

#include <QApplication>
#include <QDate>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include "core/domain/clock.h"
#include "core/services/serviceset.h"
#include "core/demo/demoinstaller.h"
#include "core/storage/changefeed.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"
#include "databasechoice.h"
#include "databasesetup.h"
#include "guioptions.h"
#include "serversignin.h"
#include "ui/backup/backupsettings.h"
#include "ui/backup/dailybackup.h"
#include "ui/backup/startupcheck.h"
#include "ui/backup/startuprestore.h"
#include "ui/dialogs/logindialog.h"
#include "ui/services.h"
#include "ui/translations.h"
#include "ui/session/sessionmanager.h"
#include "ui/views/idlelock.h"
#include "ui/views/mainwindow.h"

namespace {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/mestring-%1.png").arg(size), QSize(size, size));
    return icon;
}

int failWith(const QString &message)
{
    QMessageBox::critical(nullptr, QApplication::translate("mestring", "Mestring"), message);
    return 1;
}

// Logs in and runs the main window on the open database. Returns the exit code, or the
// database to open instead when the user chose another one at the login.
struct SessionEnd
{
    int exitCode = 0;
    std::optional<mestring::app::GuiOptions> next;
};

SessionEnd runSession(QApplication &app, mestring::core::Database &db,
    const mestring::app::GuiOptions &options, bool demoCreated)
{
    using namespace mestring;
    core::ServiceSet serviceSet(db);
    ui::Services services = ui::Services::of(serviceSet);
    const core::DatabaseLocation &where = options.database;
    const QString databaseName = app::databaseDisplayName(where);

    ui::LoginDialog login(serviceSet.auth, databaseName);
    login.setServerAddress(where.isServer() ? where.displayText() : QString());
    // On a server the login connects: each staff member with their own login there.
    if (where.isServer()) {
        services.signIn = app::serverSignIn(db, where);
        services.passwordChanged = app::serverPasswordChanged(db);
    }
    login.setSignIn(services.signIn);
    if (demoCreated)
        login.setHint(ui::LoginDialog::demoDatabaseHint(core::demoUsernames(), core::demoPassword()));
    // The whole file is checked for damage while the dialog waits, not before it opens.
    std::optional<ui::StartupCheck> check;
    if (db.isOpen()) check.emplace(db, &login);
    const int result = login.exec();
    if (result == ui::LoginDialog::ChangeDatabase)
        return {0, app::databaseChosen(login.chosenDatabase())};
    if (result != QDialog::Accepted || !login.actor())
        return {
            !check || check->message().isEmpty() ? 0 : failWith(check->message()), std::nullopt};

    // Lists follow what other PCs change. Without it (a server that refused a second
    // connection) every list still shows the latest when it is opened or refreshed.
    std::unique_ptr<core::ChangeFeed> changes;
    try {
        changes = std::make_unique<core::ChangeFeed>(db);
        services.changes = changes.get();
    } catch (const core::StorageError &error) {
        qWarning("Lists will not follow other PCs' changes: %s",
            qUtf8Printable(error.message() + QLatin1Char(' ') + error.driverText()));
    }

    QSettings settings(QStringLiteral("Mestring"), QStringLiteral("Mestring"));
    // security/idleMinutes in ~/.config/Mestring/Mestring.conf; 10 minutes unless the centre
    // chose otherwise (1 to 60).
    const int idleMinutes = std::clamp(
        settings.value(QStringLiteral("security/idleMinutes"), ui::IdleLock::defaultMinutes).toInt(),
        1, 60);
    // Locked sessions keep their windows hidden; the sessions decide when the program ends.
    QApplication::setQuitOnLastWindowClosed(false);
    ui::SessionManager sessions(services, databaseName, settings, idleMinutes * 60 * 1000);
    QObject::connect(&sessions, &ui::SessionManager::finished, &app, &QApplication::quit,
        Qt::QueuedConnection);
    sessions.open(*login.actor());
    // The first start of the day takes the day's backup of a file, off the GUI thread. A
    // server is backed up by its IT department (docs/server.md).
    std::optional<ui::DailyBackup> dailyBackup;
    if (options.database.isFile()) {
        dailyBackup.emplace(
            db.path(), ui::BackupSettings::folderFor(db.location()), ui::BackupSettings::keep());
        dailyBackup->showMessagesIn(sessions.activeWindow());
        dailyBackup->startIfDue(serviceSet.clock.today());
    }
    return {QApplication::exec(), std::nullopt};
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace mestring;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mestring"));
    QApplication::setApplicationVersion(QStringLiteral(MESTRING_VERSION));
    QApplication::setWindowIcon(applicationIcon());
    ui::installTranslations(app);
    if (!core::Clock::zoneAvailable()) return failWith(core::Clock::zoneMissingMessage());

    app::GuiOptions options;
    try {
        options = app::parseGuiOptions(app);
    } catch (const core::StorageError &error) {
        return failWith(error.message());
    }

    // A restore a manager asked for runs now, before this program opens the database.
    const ui::StartupRestoreResult restore = ui::runPendingRestore(options.database);
    if (restore.attempted) {
        QMessageBox::information(
            nullptr, QApplication::translate("mestring", "Mestring"), restore.message);
    }

    for (;;) {
        core::Database db(QStringLiteral("mestring-gui"));
        bool demoCreated = false;
        try {
            // A server is opened at the login, as the staff member's own login there.
            if (!options.database.isServer()) demoCreated = app::openDatabase(db, options);
        } catch (const core::StorageError &error) {
            return failWith(error.message());
        }
        try {
            const SessionEnd end = runSession(app, db, options, demoCreated);
            if (!end.next) return end.exitCode;
            options = *end.next;
        } catch (const core::StorageError &error) {
            // The services report errors of single operations to the widgets; this only
            // catches what escapes start-up (e.g. the password library failing to start).
            return failWith(error.message());
        }
    }
}
