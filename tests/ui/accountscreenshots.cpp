// Staff administration, the first login, the lock screen and access by role, in Danish at
// 1366x768 for docs/screenshots/. Hidden from the normal run:
//     QT_QPA_PLATFORM=offscreen ui_tests "[screenshots]"
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/demo/demoinstaller.h"
#include "core/services/staffservice.h"
#include "core/storage/staffrepository.h"
#include "ui/dialogs/changepassworddialog.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/staffdialog.h"
#include "ui/models/stafftablemodel.h"
#include "ui/session/lockscreen.h"
#include "ui/session/loginform.h"
#include "ui/session/sessionmanager.h"
#include "ui/translations.h"
#include "ui/views/administrationpage.h"
#include "ui/views/admin/staffpanel.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/clientrecordwidget.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using namespace mestring;

namespace {

const QSize screenSize(1366, 768);

void save(QWidget &widget, const QString &name)
{
    QTest::qWait(50);
    const QString dir = QStringLiteral(MESTRING_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    REQUIRE(widget.grab().save(QDir(dir).filePath(name)));
}

core::Actor actorOf(UiTestDatabase &data, const QString &username)
{
    const auto member = core::StaffRepository(data.db).byUsername(username);
    REQUIRE(member);
    return core::Actor::fromStaff(*member);
}

QString firstClient(UiTestDatabase &data, const core::Actor &actor)
{
    for (const core::Client &client : data.clients.search(actor, QString(), 0, 50)) {
        if (!client.anonymous && data.courses.forClient(actor, client.id).size() >= 1)
            return client.id;
    }
    return QString();
}

} // namespace

TEST_CASE("Screenshots of staff administration, sessions and access by role", "[.screenshots]")
{
    auto &app = *qApp;
    REQUIRE(ui::installTranslations(app) == QLatin1StringView("da"));
    {
        UiTestDatabase data(UiTestDatabase::Content::Empty);
        core::installDemoDatabase(data.db, core::DemoSize::Small, 20250101, QDate::currentDate());
        const core::Actor jorgen = actorOf(data, QStringLiteral("jorgen"));
        const core::Actor anne = actorOf(data, QStringLiteral("anne"));
        const core::Actor sofie = actorOf(data, QStringLiteral("sofie"));
        // A colleague who forgot the password, one locked out, one newly imported.
        data.staff.resetPassword(jorgen, actorOf(data, QStringLiteral("peter")).staffId,
            QStringLiteral("skov-lampe-47"));
        for (int i = 0; i < core::AuthService::maxFailedLogins; ++i)
            data.auth.login(QStringLiteral("lise"), QStringLiteral("forkert"));
        const QString name = QStringLiteral("mestring.sqlite");

        ui::MainWindow window(data.services(), jorgen, name);
        window.resize(screenSize);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.showPage(ui::PageId::Administration));
        ui::StaffPanel *panel = window.findChild<ui::AdministrationPage *>()->staffPanel();
        panel->refresh();
        panel->choose(actorOf(data, QStringLiteral("lise")).staffId);
        save(window, QStringLiteral("admin-medarbejdere.png"));

        {
            ui::StaffDialog dialog(data.staff, jorgen, std::nullopt, panel->model()->teams(), &window);
            dialog.show();
            QTest::keyClicks(dialog.nameField(), QStringLiteral("Pia Munk"));
            QTest::keyClicks(dialog.usernameField(), QStringLiteral("pia"));
            dialog.teamField()->setCurrentText(QStringLiteral("Alkoholteam"));
            dialog.findChild<QPushButton *>(QStringLiteral("suggestPassword"))->click();
            save(dialog, QStringLiteral("staff-new.png"));
        }
        {
            ui::ResetPasswordDialog dialog(
                data.staff, jorgen, data.staff.get(jorgen, anne.staffId), &window);
            dialog.show();
            dialog.passwordField()->setText(QStringLiteral("12345678"));
            dialog.repeatField()->setText(QStringLiteral("12345678"));
            dialog.accept();
            save(dialog, QStringLiteral("staff-password-refused.png"));
        }
        {
            ui::ChangePasswordDialog dialog(data.auth, jorgen, &window);
            dialog.show();
            save(dialog, QStringLiteral("change-password.png"));
        }
        window.hide();

        {
            ui::LoginDialog login(data.auth, name);
            login.show();
            login.form()->usernameField()->setText(QStringLiteral("peter"));
            login.form()->passwordField()->setText(QStringLiteral("skov-lampe-47"));
            login.accept();
            REQUIRE(login.form()->isChoosingNewPassword());
            save(login, QStringLiteral("login-new-password.png"));
        }

        // Anne's record locked behind the lock screen, then Mette switching in.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ui::SessionManager sessions(data.services(), name, settings, 600000);
        sessions.setAvailableArea(QRect(QPoint(), screenSize));
        sessions.open(anne);
        ui::MainWindow *annes = sessions.activeWindow();
        annes->showNormal();
        annes->setGeometry(QRect(QPoint(), screenSize));
        REQUIRE(annes->clientsPage()->openClient(firstClient(data, anne)));
        sessions.lock();
        save(*sessions.lockScreen(), QStringLiteral("lock-screen.png"));
        sessions.lockScreen()->switchButton()->click();
        sessions.lockScreen()->form()->usernameField()->setText(QStringLiteral("mette"));
        save(*sessions.lockScreen(), QStringLiteral("lock-switch-user.png"));
        sessions.lockScreen()->form()->passwordField()->setText(core::demoPassword());
        sessions.lockScreen()->unlockButton()->click();
        REQUIRE(sessions.activeUser()->name == QStringLiteral("Mette Dahl"));
        sessions.logOut();
        REQUIRE(sessions.loginDialog());
        save(*sessions.loginDialog(), QStringLiteral("login-after-logout.png"));
        sessions.loginDialog()->hide();

        // The secretary in a client's record: the clinical tabs greyed with the reason.
        ui::MainWindow secretary(data.services(), sofie, name);
        secretary.resize(screenSize);
        secretary.show();
        REQUIRE(QTest::qWaitForWindowExposed(&secretary));
        REQUIRE(secretary.clientsPage()->openClient(firstClient(data, anne)));
        secretary.clientsPage()->record()->showTab(QStringLiteral("appointmentsTab"));
        save(secretary, QStringLiteral("record-secretary-no-access.png"));
        secretary.hide();
        sessions.quit();
    }
    ui::removeTranslations(app);
}
