#include "lockdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/services/authservice.h"
#include "core/storage/storageerror.h"

namespace mestring::ui {

LockDialog::LockDialog(core::AuthService &auth, core::Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_actor(std::move(actor))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Mestring is locked"));
    setObjectName(QStringLiteral("lockDialog"));
    setModal(true);
    auto *text = new QLabel(tr("Mestring was locked because it was not used for a while. "
                               "Nothing you typed is lost.\nLogged in as %1: type your password "
                               "to go on.")
                                .arg(m_actor.name),
        this);
    text->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(200);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    connect(unlock, &QPushButton::clicked, this, &LockDialog::tryUnlock);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString LockDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool LockDialog::tryUnlock()
{
    core::AuthService::LoginResult result;
    try {
        result = m_auth.unlock(m_actor, m_password->text());
    } catch (const core::StorageError &error) {
        result.message = error.message();
    }
    m_password->clear();
    if (result.status == core::AuthService::LoginStatus::Ok) {
        m_error->hide();
        accept();
        return true;
    }
    m_error->setText(result.message);
    m_error->show();
    m_password->setFocus();
    return false;
}

void LockDialog::reject()
{
    // Esc and the window's close button do not unlock.
}

} // namespace mestring::ui
