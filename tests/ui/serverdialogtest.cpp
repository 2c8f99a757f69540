#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "recordtestdata.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/serverdialog.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using mestring::ui::LoginDialog;
using mestring::ui::ServerDialog;

namespace {

void typeAddress(ServerDialog *dialog, const QString &address)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(address);
}

} // namespace

TEST_CASE("Connect to server at the login hands back the server typed, and asks for no password "
          "(each staff member logs in with their own)",
    "[ui][login][server]")
{
    UiTestDatabase data;
    LoginDialog login(data.auth, QStringLiteral("mestring.sqlite"));
    login.setServerAddress(QStringLiteral("postgresql://mestring@server/gammel"));
    login.show();
    QString prefilled;
    const bool seen = withModal<ServerDialog>(
        [&] { login.findChild<QPushButton *>(QStringLiteral("serverButton"))->click(); },
        [&](ServerDialog *dialog) {
            prefilled = dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text();
            CHECK(dialog->findChildren<QLineEdit *>().size() == 1);
            typeAddress(dialog, QStringLiteral("postgresql://db.kommune.dk/centre"));
            dialog->accept();
        });
    REQUIRE(seen);
    CHECK(prefilled == QStringLiteral("postgresql://mestring@server/gammel"));
    CHECK(login.result() == LoginDialog::ChangeDatabase);
    const mestring::core::DatabaseLocation chosen = login.chosenDatabase();
    CHECK(chosen.isServer());
    CHECK(chosen.host() == QStringLiteral("db.kommune.dk"));
    CHECK(chosen.databaseName() == QStringLiteral("centre"));
    CHECK(chosen.password().isEmpty());
}

TEST_CASE("A server address that is not one is refused in the dialog, with what is typed kept",
    "[ui][login][server]")
{
    ServerDialog dialog {QString()};
    dialog.show();
    for (const char *typed : {"server.kommune.dk", "postgresql://server", "postgresql://s/c?x=1"}) {
        INFO(typed);
        typeAddress(&dialog, QString::fromLatin1(typed));
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.errorText().isEmpty());
        CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text()
            == QString::fromLatin1(typed));
    }
}

TEST_CASE("Using the file on this PC from the server dialog goes back to the file",
    "[ui][login][server]")
{
    UiTestDatabase data;
    LoginDialog login(data.auth, QStringLiteral("centre.kommune.dk/centre"));
    login.show();
    const bool seen = withModal<ServerDialog>(
        [&] { login.findChild<QPushButton *>(QStringLiteral("serverButton"))->click(); },
        [&](ServerDialog *dialog) {
            dialog->findChild<QPushButton *>(QStringLiteral("useFileButton"))->click();
        });
    REQUIRE(seen);
    CHECK(login.result() == LoginDialog::ChangeDatabase);
    CHECK_FALSE(login.chosenDatabase().isValid());
}

TEST_CASE("Cancelling the server dialog keeps the login open as it was", "[ui][login][server]")
{
    UiTestDatabase data;
    LoginDialog login(data.auth, QStringLiteral("mestring.sqlite"));
    login.show();
    withModal<ServerDialog>(
        [&] { login.findChild<QPushButton *>(QStringLiteral("serverButton"))->click(); },
        [&](ServerDialog *dialog) { dialog->reject(); });
    CHECK(login.isVisible());
    CHECK(login.result() != LoginDialog::ChangeDatabase);
}
