#pragma once

#include "core/services/actor.h"
#include "recorddialog.h"

class QLineEdit;

namespace mestring::core {
class AuthService;
}

namespace mestring::ui {

/// File > Change password: the logged-in staff member's own password, the current one first.
/// A wrong current password counts towards the lock-out like a login.
class ChangePasswordDialog : public RecordDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(core::AuthService &auth, core::Actor actor, QWidget *parent = nullptr);
    /// The new password, once saved.
    QString newPassword() const;

    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *repeatField() const { return m_repeat; }

protected:
    bool save() override;

private:
    core::AuthService &m_auth;
    core::Actor m_actor;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
};

} // namespace mestring::ui
