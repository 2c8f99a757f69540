#pragma once

#include <optional>

#include <QDialog>
#include <QStringList>

#include "core/services/actor.h"
#include "core/storage/databaselocation.h"
#include "ui/services.h"

class QDialogButtonBox;
class QLabel;

namespace mestring::core {
class AuthService;
}

namespace mestring::ui {

class LoginForm;

/// The login at the start and after a log out: username and password (LoginForm; a new
/// password when a manager set it). A wrong password or a locked account keeps the dialog open
/// with the service's message in a visible error line.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    /// Closes with this code when the user chose another database ("Connect to server…").
    static constexpr int ChangeDatabase = 2;

    /// `databaseName` is shown under the form, so staff see which file or server they open.
    LoginDialog(core::AuthService &auth, const QString &databaseName, QWidget *parent = nullptr);

    /// The logged-in staff member once the dialog was accepted.
    std::optional<core::Actor> actor() const { return m_actor; }
    QString errorText() const;
    void setUsername(const QString &username);
    /// A note above the form, e.g. the accounts of a newly created demo database.
    void setHint(const QString &hint);
    LoginForm *form() const { return m_form; }
    /// The hint for a demo database created at this start: who can log in, and how.
    static QString demoDatabaseHint(const QStringList &usernames, const QString &password);
    /// Sets the address the "Connect to server…" dialog starts with.
    void setServerAddress(const QString &address) { m_serverAddress = address; }
    /// After ChangeDatabase: the server chosen, or an invalid location for the file on this PC.
    core::DatabaseLocation chosenDatabase() const { return m_chosen; }
    /// See Services::signIn.
    void setSignIn(SignIn signIn);
    /// Opens the "Connect to server…" dialog (its button's action).
    void chooseServer();

public Q_SLOTS:
    /// Tries to log in; closes the dialog only when the service says yes.
    void accept() override;

private:
    void updateLoginButton();

    LoginForm *m_form;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    std::optional<core::Actor> m_actor;
    QString m_serverAddress;
    core::DatabaseLocation m_chosen;
};

} // namespace mestring::ui
