#include "loginform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "core/domain/rules/accountrules.h"
#include "core/services/authservice.h"
#include "core/services/serviceerrors.h"
#include "ui/servicecall.h"

namespace mestring::ui {

namespace {

QLineEdit *passwordEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(core::maxPasswordLength + 1); // one more, so the rule can say so
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

LoginForm::LoginForm(core::AuthService &auth, QWidget *parent)
    : QWidget(parent)
    , m_auth(auth)
    , m_username(new QLineEdit(this))
    , m_password(passwordEdit(QStringLiteral("passwordEdit"), tr("Password"), this))
    , m_newIntro(new QLabel(this))
    , m_newPassword(passwordEdit(QStringLiteral("newPasswordEdit"), tr("New password"), this))
    , m_repeat(passwordEdit(QStringLiteral("repeatPasswordEdit"), tr("New password again"), this))
    , m_error(new QLabel(this))
    , m_form(new QFormLayout)
{
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setMaxLength(100);
    m_newIntro->setObjectName(QStringLiteral("newPasswordIntro"));
    m_newIntro->setWordWrap(true);
    m_newIntro->setText(
        tr("Your manager set this password for you. Choose your own now: at least %1 "
           "characters; a short sentence is easy to remember. Nobody else will know it.")
            .arg(core::minPasswordLength));

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    // A dark red that stays readable on light themes; the text itself says what is wrong,
    // so the colour is not the only signal.
    m_error->setStyleSheet(QStringLiteral("color: #a4161a;"));
    m_error->hide();

    m_form->addRow(tr("&Username"), m_username);
    m_form->addRow(tr("&Password"), m_password);
    m_form->addRow(m_newIntro);
    m_form->addRow(tr("&New password"), m_newPassword);
    m_form->addRow(tr("&Repeat it"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    setChoosing(false);

    for (QLineEdit *edit : {m_username, m_password, m_newPassword, m_repeat}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { Q_EMIT completeChanged(isComplete()); });
    }
}

void LoginForm::setUsername(const QString &username, bool fixed)
{
    m_username->setText(username);
    m_username->setReadOnly(fixed);
    m_username->setFocusPolicy(fixed ? Qt::NoFocus : Qt::StrongFocus);
    focusFirstEmpty();
}

QString LoginForm::username() const
{
    return m_username->text().trimmed();
}

void LoginForm::reset()
{
    setChoosing(false);
    m_password->clear();
    showError(QString());
    focusFirstEmpty();
}

void LoginForm::focusFirstEmpty()
{
    QLineEdit *target = m_password;
    if (m_choosing)
        target = m_newPassword->text().isEmpty() || m_repeat->text().isEmpty() ? m_newPassword
                                                                                : m_repeat;
    else if (m_username->text().trimmed().isEmpty())
        target = m_username;
    target->setFocus(Qt::OtherFocusReason);
}

bool LoginForm::isComplete() const
{
    if (username().isEmpty() || m_password->text().isEmpty()) return false;
    return !m_choosing || (!m_newPassword->text().isEmpty() && !m_repeat->text().isEmpty());
}

QString LoginForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginForm::setChoosing(bool choosing)
{
    const bool changed = choosing != m_choosing;
    m_choosing = choosing;
    // The first password was right: keep it, but out of the way.
    m_username->setEnabled(!choosing);
    m_password->setEnabled(!choosing);
    for (QWidget *w : {static_cast<QWidget *>(m_newIntro), static_cast<QWidget *>(m_newPassword),
             static_cast<QWidget *>(m_repeat)})
        m_form->setRowVisible(w, choosing);
    if (!choosing) {
        m_newPassword->clear();
        m_repeat->clear();
    }
    if (changed) Q_EMIT choosingNewPasswordChanged(choosing);
    Q_EMIT completeChanged(isComplete());
}

bool LoginForm::submit()
{
    if (!isComplete()) {
        focusFirstEmpty();
        return false;
    }
    if (m_choosing) return submitNewPassword();
    if (m_signIn) {
        const QString problem = m_signIn(username(), m_password->text());
        if (!problem.isEmpty()) {
            showError(problem);
            m_password->clear();
            m_password->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    core::AuthService::LoginResult result;
    if (const auto failure
        = failureOf([&] { result = m_auth.login(username(), m_password->text()); })) {
        result.message = *failure;
    }
    if (result.status == core::AuthService::LoginStatus::MustChangePassword) {
        showError(QString());
        setChoosing(true);
        focusFirstEmpty();
        return false;
    }
    if (result.status != core::AuthService::LoginStatus::Ok || !result.actor) {
        showError(result.message);
        m_password->clear(); // start the password over; the username is usually right
        m_password->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_password->clear();
    showError(QString());
    Q_EMIT loggedIn(*result.actor);
    return true;
}

bool LoginForm::submitNewPassword()
{
    if (m_newPassword->text() != m_repeat->text()) {
        showError(tr("The two new passwords are not the same. Type the new password twice."));
        m_repeat->clear();
        m_repeat->setFocus(Qt::OtherFocusReason);
        return false;
    }
    core::AuthService::LoginResult result;
    const auto failure = failureOf([&] {
        result = m_auth.changePasswordAndLogin(
            username(), m_password->text(), m_newPassword->text());
    });
    if (failure) {
        // The new password broke a rule: say which, and let them type another.
        showError(*failure);
        m_newPassword->selectAll();
        m_repeat->clear();
        m_newPassword->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (result.status != core::AuthService::LoginStatus::Ok || !result.actor) {
        // The first password stopped working meanwhile (a lock, a reset): start over.
        setChoosing(false);
        showError(result.message);
        m_password->clear();
        m_password->setFocus(Qt::OtherFocusReason);
        return false;
    }
    // On a server the password is that of the connection's login: connect with the new one.
    if (m_signIn) m_signIn(username(), m_newPassword->text());
    setChoosing(false);
    m_password->clear();
    showError(QString());
    Q_EMIT loggedIn(*result.actor);
    return true;
}

} // namespace mestring::ui
