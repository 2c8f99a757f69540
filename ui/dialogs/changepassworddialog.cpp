#include "changepassworddialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

#include "core/domain/rules/accountrules.h"
#include "core/services/authservice.h"
#include "fieldinputs.h"
#include "passwordfields.h"

namespace mestring::ui {

ChangePasswordDialog::ChangePasswordDialog(
    core::AuthService &auth, core::Actor actor, QWidget *parent)
    : RecordDialog(parent)
    , m_auth(auth)
    , m_actor(std::move(actor))
    , m_current(makePasswordField(QStringLiteral("currentPassword"), this))
    , m_new(makePasswordField(QStringLiteral("newPassword"), this))
    , m_repeat(makePasswordField(QStringLiteral("repeatPassword"), this))
{
    setWindowTitle(tr("Change password"));
    setObjectName(QStringLiteral("changePasswordDialog"));
    addNote(tr("At least %1 characters, and not your username. A short sentence is easy to "
               "remember and hard to guess.")
                .arg(core::minPasswordLength));
    addField(tr("&Current password"), m_current, QStringLiteral("current"));
    addField(tr("&New password"), m_new, QStringLiteral("password"));
    addField(tr("&Repeat the new password"), m_repeat, QStringLiteral("repeat"));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Change password"));
    watchForChanges();
    fitToWidth(this, 480);
    m_current->setFocus();
}

QString ChangePasswordDialog::newPassword() const
{
    return m_new->text();
}

bool ChangePasswordDialog::save()
{
    if (showIssues(checkRepeated(m_new, m_repeat))) {
        m_repeat->clear();
        m_repeat->setFocus();
        return false;
    }
    m_auth.changeOwnPassword(m_actor, m_current->text(), m_new->text());
    return true;
}

} // namespace mestring::ui
