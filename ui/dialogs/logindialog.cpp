#include "logindialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/services/authservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/storageerror.h"
#include "serverdialog.h"

namespace mestring::ui {

LoginDialog::LoginDialog(core::AuthService &auth, const QString &databaseName, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Log in \u2013 Mestring"));
    setWindowIcon(QApplication::windowIcon());

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/mestring-64.png")).pixmap(48, 48));
    auto *title = new QLabel(tr("Mestring"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Log in with your username and password."), this);
    intro->setWordWrap(true);

    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("Username"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));

    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_hint->setMargin(8);
    m_hint->hide();

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    // A dark red that stays readable on light themes; the text itself says what is wrong,
    // so the colour is not the only signal.
    m_error->setStyleSheet(QStringLiteral("color: #a4161a;"));
    m_error->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loginButton"));
    auto *server = m_buttons->addButton(tr("Connect to &server…"), QDialogButtonBox::ActionRole);
    server->setObjectName(QStringLiteral("serverButton"));
    server->setAutoDefault(false);
    connect(server, &QPushButton::clicked, this, &LoginDialog::chooseServer);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &LoginDialog::updateLoginButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateLoginButton);

    auto *database = new QLabel(tr("Database: %1").arg(databaseName), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setForegroundRole(QPalette::PlaceholderText);
    database->setWordWrap(true);
    database->setVisible(!databaseName.isEmpty());

    auto *heading = new QHBoxLayout;
    heading->addWidget(logo);
    heading->addWidget(title, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Password"), m_password);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addWidget(intro);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(database);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateLoginButton();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus();
}

void LoginDialog::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString LoginDialog::demoDatabaseHint(const QStringList &usernames, const QString &password)
{
    return tr("A demo database with invented clients was created. Log in as %1 with the "
              "password %2.")
        .arg(usernames.join(QStringLiteral(", ")), password);
}

void LoginDialog::updateLoginButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void LoginDialog::accept()
{
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) return;
    core::AuthService::LoginResult result;
    try {
        result = m_auth.login(m_username->text(), m_password->text());
    } catch (const core::ServiceError &error) {
        showError(error.message());
        return;
    } catch (const core::StorageError &error) {
        showError(error.message());
        return;
    }
    if (result.status != core::AuthService::LoginStatus::Ok || !result.actor) {
        showError(result.message);
        return;
    }
    m_actor = result.actor;
    m_password->clear();
    QDialog::accept();
}

void LoginDialog::chooseServer()
{
    ServerDialog dialog(m_serverAddress, this);
    const int result = dialog.exec();
    if (result == QDialog::Rejected) return;
    m_chosen = result == ServerDialog::UseFile ? core::DatabaseLocation() : dialog.location();
    done(ChangeDatabase);
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    // Start the password over; the username is usually right.
    m_password->clear();
    m_password->setFocus(Qt::OtherFocusReason);
}

} // namespace mestring::ui
