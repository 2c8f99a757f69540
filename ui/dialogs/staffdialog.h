#pragma once

#include <optional>

#include "core/domain/staffmember.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace mestring::core {
class StaffService;
}

namespace mestring::ui {

/// A manager creates a staff account (name, username, role, team and a temporary password the
/// new colleague replaces at the first login), or changes name, username, role and team of an
/// existing one. The rules (unique username, the last manager, password rules) are core's.
class StaffDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// `existing` empty: a new account. `teams`: the teams already in use, offered for the
    /// team field so a team keeps one spelling.
    StaffDialog(core::StaffService &staff, core::Actor actor,
        std::optional<core::StaffMember> existing, const QStringList &teams,
        QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }
    /// The temporary password the account was created with (to tell the new colleague).
    QString temporaryPassword() const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *usernameField() const { return m_username; }
    QComboBox *roleField() const { return m_role; }
    QComboBox *teamField() const { return m_team; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }

protected:
    bool save() override;

private:
    void addPasswordFields();

    core::StaffService &m_staff;
    core::Actor m_actor;
    std::optional<core::StaffMember> m_existing;
    QLineEdit *m_name;
    QLineEdit *m_username;
    QComboBox *m_role;
    QComboBox *m_team;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QString m_savedId;
};

/// A new temporary password for a staff member who forgot theirs, or whose account has none
/// (imported staff): they must choose their own at the next login. It also lifts a lock.
class ResetPasswordDialog : public RecordDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(core::StaffService &staff, core::Actor actor, core::StaffMember member,
        QWidget *parent = nullptr);

    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QString temporaryPassword() const;

protected:
    bool save() override;

private:
    core::StaffService &m_staff;
    core::Actor m_actor;
    core::StaffMember m_member;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
};

} // namespace mestring::ui
