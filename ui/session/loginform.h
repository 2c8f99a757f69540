#pragma once

#include <QWidget>

#include "ui/services.h"

#include "core/services/actor.h"

class QFormLayout;
class QLabel;
class QLineEdit;

namespace mestring::core {
class AuthService;
}

namespace mestring::ui {

/// Username and password, and, when a manager set the password, a new one typed twice: the
/// one way into Mestring, shared by the login dialog and the lock screen. Logs in through
/// AuthService and says in a visible line why not; the username stays, the password starts
/// over. It has no buttons of its own: its window calls submit().
class LoginForm : public QWidget
{
    Q_OBJECT

public:
    explicit LoginForm(core::AuthService &auth, QWidget *parent = nullptr);

    /// Called with the username and password before the login is checked (Services::signIn).
    void setSignIn(SignIn signIn) { m_signIn = std::move(signIn); }
    /// `fixed`: the lock screen's own user, shown read-only.
    void setUsername(const QString &username, bool fixed = false);
    QString username() const;
    /// Back to username and password: passwords and the message cleared, the cursor in the
    /// first empty field.
    void reset();
    void focusFirstEmpty();
    /// Enough typed to try.
    bool isComplete() const;
    /// True while the new password is asked for (after a password a manager set).
    bool isChoosingNewPassword() const { return m_choosing; }
    QString errorText() const;
    void showError(const QString &message);

    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *newPasswordField() const { return m_newPassword; }
    QLineEdit *repeatField() const { return m_repeat; }

public Q_SLOTS:
    /// Tries to log in, or to set the new password and log in. Emits loggedIn on success.
    bool submit();

Q_SIGNALS:
    void loggedIn(const core::Actor &actor);
    void completeChanged(bool complete);
    /// The form switched to asking for a new password (the window renames its button).
    void choosingNewPasswordChanged(bool choosing);

private:
    void setChoosing(bool choosing);
    bool submitNewPassword();

    core::AuthService &m_auth;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_newIntro;
    QLineEdit *m_newPassword;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QFormLayout *m_form;
    bool m_choosing = false;
    SignIn m_signIn;
};

} // namespace mestring::ui
