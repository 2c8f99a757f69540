#pragma once

#include <QWidget>

#include "core/services/actor.h"
#include "ui/services.h"

class QLabel;
class QPushButton;

namespace mestring::core {
class AuthService;
}

namespace mestring::ui {

class LoginForm;

/// The lock screen. It takes the place of the locked user's hidden windows, so nothing of
/// their work can be read, and cannot be closed. The locked user types their password to go
/// on, or to log out; another staff member may log in instead ("Switch user") and gets their
/// own window while the locked work waits, unseen, for its owner.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(core::AuthService &auth, QWidget *parent = nullptr);

    /// Shows the lock for `locked` (who logs in as `username`); `waiting` names others whose
    /// work waits on this PC. With `switchUser` the form asks for another staff member at once.
    /// See Services::signIn.
    void setSignIn(SignIn signIn);
    void showFor(const core::Actor &locked, const QString &username, const QStringList &waiting,
        bool switchUser);
    const core::Actor &lockedUser() const { return m_locked; }
    bool isSwitchingUser() const { return m_switching; }
    LoginForm *form() const { return m_form; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *logOutButton() const { return m_logOut; }
    QPushButton *switchButton() const { return m_switch; }

Q_SIGNALS:
    /// The locked user (their password was right) or another staff member logged in.
    void loggedIn(const core::Actor &actor);
    /// The locked user typed their password and chose to log out.
    void logOutConfirmed(const core::Actor &locked);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setSwitching(bool switching);
    void submit(bool logOut);
    void updateButtons();

    LoginForm *m_form;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_waiting;
    QPushButton *m_unlock;
    QPushButton *m_logOut;
    QPushButton *m_switch;
    core::Actor m_locked;
    QString m_lockedUsername;
    QStringList m_waitingNames;
    bool m_switching = false;
    bool m_loggingOut = false;
};

} // namespace mestring::ui
