#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "ui/dialogs/logindialog.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using mestring::ui::LoginDialog;

namespace {

void type(LoginDialog &dialog, const QString &username, const QString &password)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(username);
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
}

} // namespace

TEST_CASE("The login dialog shows the error and stays open on a wrong password", "[ui][login]")
{
    UiTestDatabase data;
    LoginDialog dialog(data.auth, QStringLiteral("test.sqlite"));
    dialog.show();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    REQUIRE(error);
    CHECK(error->isHidden());

    type(dialog, QStringLiteral("anne"), QStringLiteral("forkert-kode"));
    dialog.findChild<QPushButton *>(QStringLiteral("loginButton"))->click();

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.actor().has_value());
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(dialog.errorText() == error->text());
    // The password is cleared for the next try; the username stays.
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text()
        == QLatin1StringView("anne"));
}

TEST_CASE("The login dialog accepts the right password and names the staff member", "[ui][login]")
{
    UiTestDatabase data;
    LoginDialog dialog(data.auth, QStringLiteral("test.sqlite"));
    dialog.show();

    type(dialog, QStringLiteral("anne"), UiTestDatabase::password());
    dialog.findChild<QPushButton *>(QStringLiteral("loginButton"))->click();

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(dialog.actor().has_value());
    CHECK(dialog.actor()->staffId == QLatin1StringView("s1"));
    CHECK(dialog.actor()->name == QLatin1StringView("Anne Holm"));
    CHECK(dialog.errorText().isEmpty());
}

TEST_CASE("The login dialog shows the lock message the service returns", "[ui][login]")
{
    UiTestDatabase data;
    LoginDialog dialog(data.auth, QString());
    dialog.show();
    auto *login = dialog.findChild<QPushButton *>(QStringLiteral("loginButton"));

    QString firstMessage;
    for (int i = 0; i < mestring::core::AuthService::maxFailedLogins; ++i) {
        type(dialog, QStringLiteral("anne"), QStringLiteral("forkert-kode"));
        login->click();
        if (i == 0) firstMessage = dialog.errorText();
    }
    const QString lockMessage = dialog.errorText();
    CHECK_FALSE(lockMessage.isEmpty());
    CHECK(lockMessage != firstMessage);

    // The right password no longer helps while the account is locked, and the dialog shows
    // the service's lock message as it is.
    type(dialog, QStringLiteral("anne"), UiTestDatabase::password());
    login->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.actor().has_value());
    const auto result = data.auth.login(QStringLiteral("anne"), UiTestDatabase::password());
    REQUIRE(result.status == mestring::core::AuthService::LoginStatus::Locked);
    CHECK(dialog.errorText() == result.message);
}

TEST_CASE("The login button waits for both username and password", "[ui][login]")
{
    UiTestDatabase data;
    LoginDialog dialog(data.auth, QString());
    auto *login = dialog.findChild<QPushButton *>(QStringLiteral("loginButton"));
    CHECK_FALSE(login->isEnabled());
    type(dialog, QStringLiteral("anne"), QString());
    CHECK_FALSE(login->isEnabled());
    type(dialog, QStringLiteral("anne"), QStringLiteral("x"));
    CHECK(login->isEnabled());
}

TEST_CASE("After a password a manager set, the login asks for a new one twice before letting in",
    "[ui][login][accounts]")
{
    UiTestDatabase data;
    const auto manager = data.addStaff(QStringLiteral("m1"), QStringLiteral("Ida Lund"),
        mestring::core::Role::Manager, QStringLiteral("ida"));
    data.staff.resetPassword(manager, QStringLiteral("s1"), QStringLiteral("sommer-kaffe-7"));
    LoginDialog dialog(data.auth, QString());
    dialog.show();
    auto *login = dialog.findChild<QPushButton *>(QStringLiteral("loginButton"));
    type(dialog, QStringLiteral("anne"), QStringLiteral("sommer-kaffe-7"));
    login->click();
    CHECK(dialog.result() != QDialog::Accepted);
    auto *newPassword = dialog.findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"));
    auto *repeat = dialog.findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"));
    REQUIRE(newPassword->isVisible());
    CHECK(dialog.focusWidget() == newPassword);
    CHECK_FALSE(login->isEnabled()); // until both are typed
    newPassword->setText(QStringLiteral("sommer-kaffe-7"));
    repeat->setText(QStringLiteral("sommer-kaffe-7"));
    login->click();
    CHECK(dialog.errorText().contains(QStringLiteral("differ")));
    newPassword->setText(QStringLiteral("min egen kode 9"));
    repeat->setText(QStringLiteral("min egen kode 9"));
    login->click();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.actor());
    CHECK(dialog.actor()->staffId == QStringLiteral("s1"));
}
