#pragma once

#include <QDialog>

#include "core/services/actor.h"

class QLabel;
class QLineEdit;

namespace mestring::core {
class AuthService;
}

namespace mestring::ui {

/// The lock screen: shown over everything after the idle time, it asks the logged-in staff
/// member for their password again. Windows and dialogs underneath keep what was typed.
/// Wrong passwords count towards the account's lock-out (AuthService::unlock). It cannot be
/// closed without the password.
class LockDialog : public QDialog
{
    Q_OBJECT

public:
    LockDialog(core::AuthService &auth, core::Actor actor, QWidget *parent = nullptr);

    QLineEdit *passwordField() const { return m_password; }
    QString errorText() const;
    /// Checks the typed password; true (and accepted) when it is right.
    bool tryUnlock();

protected:
    void reject() override;

private:
    core::AuthService &m_auth;
    core::Actor m_actor;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace mestring::ui
