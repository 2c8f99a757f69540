// Administration > Medarbejdere, the account dialogs and the first login of a new colleague.
#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include "core/services/accesslog.h"
#include "core/services/permissions.h"
#include "core/services/staffservice.h"
#include "recordtestdata.h"
#include "ui/dialogs/changepassworddialog.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/staffdialog.h"
#include "ui/models/stafftablemodel.h"
#include "ui/session/loginform.h"
#include "ui/session/sessionmanager.h"
#include "ui/views/admin/staffpanel.h"
#include "ui/views/administrationpage.h"
#include "ui/views/mainwindow.h"
#include "ui/views/mainwindowactions.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

namespace {

int rowOf(const ui::StaffTableModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ui::StaffTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QString statusOf(const ui::StaffTableModel *model, const QString &name)
{
    return model->index(rowOf(model, name), ui::StaffTableModel::StatusColumn).data().toString();
}

void typeLogin(ui::LoginForm *form, const QString &username, const QString &password)
{
    form->usernameField()->setText(username);
    form->passwordField()->setText(password);
}

} // namespace

TEST_CASE("A manager sets up a new therapist from nothing; the therapist logs in and changes "
          "the password",
    "[ui][administration][accounts][workflow]")
{
    // A new centre: one manager, as `mestring-cli init` leaves it.
    UiTestDatabase data(UiTestDatabase::Content::Empty);
    const core::Actor ida = data.addStaff(
        QStringLiteral("m1"), QStringLiteral("Ida Lund"), core::Role::Manager, QStringLiteral("ida"));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);

    ui::LoginDialog login(data.auth, QStringLiteral("centre.sqlite"));
    typeLogin(login.form(), QStringLiteral("ida"), UiTestDatabase::password());
    login.accept();
    REQUIRE(login.actor());
    ui::SessionManager sessions(data.services(), QStringLiteral("centre.sqlite"), settings, 600000);
    sessions.setAvailableArea(QRect(0, 0, 1366, 768));
    sessions.open(*login.actor());
    ui::MainWindow *window = sessions.activeWindow();
    REQUIRE(window->showPage(ui::PageId::Administration));
    auto *page = window->findChild<ui::AdministrationPage *>();
    ui::StaffPanel *panel = page->staffPanel();

    QString temporary;
    REQUIRE(withModal<ui::StaffDialog>([&] { panel->newButton()->click(); },
        [&](ui::StaffDialog *dialog) {
            dialog->nameField()->setText(QStringLiteral("Pia Munk"));
            dialog->usernameField()->setText(QStringLiteral("pia"));
            dialog->roleField()->setCurrentIndex(
                dialog->roleField()->findData(core::enumCode(core::Role::Therapist)));
            dialog->teamField()->setCurrentText(QStringLiteral("Alkoholteam"));
            dialog->findChild<QPushButton *>(QStringLiteral("suggestPassword"))->click();
            temporary = dialog->temporaryPassword();
            CHECK(dialog->passwordField()->echoMode() == QLineEdit::Normal); // to read aloud
            dialog->accept();
        }));
    REQUIRE_FALSE(temporary.isEmpty());
    ui::StaffTableModel *model = panel->model();
    REQUIRE(rowOf(model, QStringLiteral("Pia Munk")) >= 0);
    CHECK(statusOf(model, QStringLiteral("Pia Munk"))
        == ui::StaffTableModel::tr("Chooses a new password at the next login"));
    CHECK(model->index(rowOf(model, QStringLiteral("Pia Munk")), ui::StaffTableModel::TeamColumn)
              .data()
              .toString()
        == QStringLiteral("Alkoholteam"));
    CHECK(panel->message().contains(QStringLiteral("temporary")));

    // Ida logs out; Pia logs in with the temporary password and must choose her own.
    window->actions()->logOut()->trigger();
    ui::LoginDialog *next = sessions.loginDialog();
    REQUIRE(next);
    REQUIRE(next->isVisible());
    ui::LoginForm *form = next->form();
    typeLogin(form, QStringLiteral("pia"), temporary);
    next->accept();
    REQUIRE(form->isChoosingNewPassword());
    CHECK(form->newPasswordField()->isVisible());
    CHECK_FALSE(form->passwordField()->isEnabled());

    form->newPasswordField()->setText(QStringLiteral("piapiapia"));
    form->repeatField()->setText(QStringLiteral("piapiapia"));
    next->accept();
    CHECK(form->errorText().contains(QStringLiteral("username")));
    form->newPasswordField()->setText(QStringLiteral("kaffe i haven"));
    form->repeatField()->setText(QStringLiteral("kaffe i haven 2"));
    next->accept();
    CHECK_FALSE(form->errorText().isEmpty()); // not the same twice
    form->newPasswordField()->setText(QStringLiteral("kaffe i haven"));
    form->repeatField()->setText(QStringLiteral("kaffe i haven"));
    next->accept();

    REQUIRE(sessions.activeUser());
    CHECK(sessions.activeUser()->name == QStringLiteral("Pia Munk"));
    CHECK(sessions.activeWindow()->currentPage() == ui::PageId::Overview);
    CHECK(data.auth.login(QStringLiteral("pia"), QStringLiteral("kaffe i haven")).status
        == core::AuthService::LoginStatus::Ok);
    CHECK(data.auth.login(QStringLiteral("pia"), temporary).status
        == core::AuthService::LoginStatus::WrongCredentials);
    // The access log holds who created whose account, and Pia's own change.
    bool created = false;
    bool changedOwn = false;
    for (const core::AccessLogEntry &e : data.log.find({})) {
        created |= e.action == QStringLiteral("create") && e.actor == ida.staffId
            && e.detail.contains(QStringLiteral("Pia Munk (pia)"));
        changedOwn |= e.action == QStringLiteral("change") && e.actor != ida.staffId;
    }
    CHECK(created);
    CHECK(changedOwn);
}

TEST_CASE("The staff list shows each login's state and passes the model tester",
    "[ui][administration][accounts]")
{
    UiTestDatabase data;
    const core::Actor manager = data.addStaff(
        QStringLiteral("m1"), QStringLiteral("Ida Lund"), core::Role::Manager, QStringLiteral("ida"));
    core::StaffMember external {QStringLiteral("s9"), QStringLiteral("Ekstern Læge"),
        core::Role::Doctor, QString(), true};
    data.staff.create(manager, external);
    for (int i = 0; i < core::AuthService::maxFailedLogins; ++i)
        data.auth.login(QStringLiteral("anne"), QStringLiteral("forkert"));

    ui::StaffPanel panel(data.services(), manager);
    QAbstractItemModelTester tester(
        panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.refresh();
    CHECK(statusOf(panel.model(), QStringLiteral("Ekstern Læge"))
        == ui::StaffTableModel::tr("No password yet: cannot log in"));
    CHECK(statusOf(panel.model(), QStringLiteral("Anne Holm")).contains(QStringLiteral(":")));
    CHECK(statusOf(panel.model(), QStringLiteral("Ida Lund")) == ui::StaffTableModel::tr("Active"));

    // Unlock is there for the locked account only.
    panel.choose(QStringLiteral("m1"));
    CHECK_FALSE(panel.unlockButton()->isEnabled());
    CHECK_FALSE(panel.activeButton()->isEnabled()); // her own account
    panel.choose(QStringLiteral("s1"));
    REQUIRE(panel.unlockButton()->isEnabled());
    panel.unlockButton()->click();
    CHECK(statusOf(panel.model(), QStringLiteral("Anne Holm")) == ui::StaffTableModel::tr("Active"));
    CHECK(data.auth.login(QStringLiteral("anne"), UiTestDatabase::password()).status
        == core::AuthService::LoginStatus::Ok);
}

TEST_CASE("Deactivating asks first, keeps the member listed, and can be undone",
    "[ui][administration][accounts]")
{
    UiTestDatabase data;
    const core::Actor manager = data.addStaff(
        QStringLiteral("m1"), QStringLiteral("Ida Lund"), core::Role::Manager, QStringLiteral("ida"));
    ui::StaffPanel panel(data.services(), manager);
    panel.refresh();
    panel.choose(QStringLiteral("s1"));
    QString asked;
    bool answer = false;
    panel.setConfirmation([&](const QString &question) {
        asked = question;
        return answer;
    });
    panel.activeButton()->click();
    CHECK(asked.contains(QStringLiteral("Anne Holm")));
    CHECK(data.staff.get(manager, QStringLiteral("s1")).active);
    answer = true;
    panel.activeButton()->click();
    CHECK_FALSE(data.staff.get(manager, QStringLiteral("s1")).active);
    CHECK(statusOf(panel.model(), QStringLiteral("Anne Holm")) == ui::StaffTableModel::tr("Deactivated"));
    CHECK(data.auth.login(QStringLiteral("anne"), UiTestDatabase::password()).status
        == core::AuthService::LoginStatus::Inactive);
    panel.choose(QStringLiteral("s1"));
    panel.activeButton()->click(); // reactivate: no question
    CHECK(data.staff.get(manager, QStringLiteral("s1")).active);
}

TEST_CASE("A new temporary password is refused when the two typings differ or it breaks a rule",
    "[ui][administration][accounts]")
{
    UiTestDatabase data;
    const core::Actor manager = data.addStaff(
        QStringLiteral("m1"), QStringLiteral("Ida Lund"), core::Role::Manager, QStringLiteral("ida"));
    ui::ResetPasswordDialog dialog(
        data.staff, manager, data.staff.get(manager, QStringLiteral("s1")));
    dialog.passwordField()->setText(QStringLiteral("sommer-kaffe-7"));
    dialog.repeatField()->setText(QStringLiteral("sommer-kaffe-8"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.messageFor(QStringLiteral("repeat")).isEmpty());
    dialog.passwordField()->setText(QStringLiteral("12345678"));
    dialog.repeatField()->setText(QStringLiteral("12345678"));
    dialog.accept();
    CHECK_FALSE(dialog.messageFor(QStringLiteral("password")).isEmpty());
    CHECK(data.auth.login(QStringLiteral("anne"), UiTestDatabase::password()).status
        == core::AuthService::LoginStatus::Ok);
    dialog.passwordField()->setText(QStringLiteral("sommer-kaffe-7"));
    dialog.repeatField()->setText(QStringLiteral("sommer-kaffe-7"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(data.auth.login(QStringLiteral("anne"), QStringLiteral("sommer-kaffe-7")).status
        == core::AuthService::LoginStatus::MustChangePassword);
}

TEST_CASE("A staff member changes their own password from the File menu's dialog",
    "[ui][accounts]")
{
    UiTestDatabase data;
    ui::ChangePasswordDialog dialog(data.auth, data.therapist);
    dialog.currentField()->setText(QStringLiteral("forkert-kode"));
    dialog.newField()->setText(QStringLiteral("kaffe i haven"));
    dialog.repeatField()->setText(QStringLiteral("kaffe i haven"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.messageFor(QStringLiteral("current")).isEmpty());
    dialog.currentField()->setText(UiTestDatabase::password());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(data.auth.login(QStringLiteral("anne"), QStringLiteral("kaffe i haven")).status
        == core::AuthService::LoginStatus::Ok);
}

TEST_CASE("Changing a role and a team in the staff dialog offers the teams in use",
    "[ui][administration][accounts]")
{
    UiTestDatabase data;
    const core::Actor manager = data.addStaff(
        QStringLiteral("m1"), QStringLiteral("Ida Lund"), core::Role::Manager, QStringLiteral("ida"));
    data.staff.changeTeam(manager, QStringLiteral("m1"), QStringLiteral("Ledelse"));
    ui::StaffPanel panel(data.services(), manager);
    panel.refresh();
    panel.choose(QStringLiteral("s1"));
    REQUIRE(withModal<ui::StaffDialog>([&] { panel.editButton()->click(); },
        [&](ui::StaffDialog *dialog) {
            CHECK(dialog->passwordField() == nullptr); // passwords have their own button
            CHECK(dialog->teamField()->findText(QStringLiteral("Ledelse")) >= 0);
            dialog->roleField()->setCurrentIndex(
                dialog->roleField()->findData(core::enumCode(core::Role::Nurse)));
            dialog->teamField()->setCurrentText(QStringLiteral("Stofteam"));
            dialog->accept();
        }));
    const core::StaffMember anne = data.staff.get(manager, QStringLiteral("s1"));
    CHECK(anne.role == core::Role::Nurse);
    CHECK(anne.team == QStringLiteral("Stofteam"));
}
