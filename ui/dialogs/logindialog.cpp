#include "logindialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "fieldinputs.h"
#include "serverdialog.h"
#include "ui/session/loginform.h"

namespace mestring::ui {

LoginDialog::LoginDialog(core::AuthService &auth, const QString &databaseName, QWidget *parent)
    : QDialog(parent)
    , m_form(new LoginForm(auth, this))
    , m_hint(new QLabel(this))
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

    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_hint->setMargin(8);
    m_hint->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loginButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *server = m_buttons->addButton(tr("Connect to &server…"), QDialogButtonBox::ActionRole);
    server->setObjectName(QStringLiteral("serverButton"));
    server->setAutoDefault(false);
    connect(server, &QPushButton::clicked, this, &LoginDialog::chooseServer);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_form, &LoginForm::completeChanged, this, &LoginDialog::updateLoginButton);
    connect(m_form, &LoginForm::choosingNewPasswordChanged, this, [this](bool choosing) {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setText(choosing ? tr("Save and log in") : tr("Log in"));
        ui::growToFit(this);
    });
    connect(m_form, &LoginForm::loggedIn, this, [this](const core::Actor &actor) {
        m_actor = actor;
        QDialog::accept();
    });

    auto *database = new QLabel(tr("Database: %1").arg(databaseName), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setForegroundRole(QPalette::PlaceholderText);
    database->setWordWrap(true);
    database->setVisible(!databaseName.isEmpty());

    auto *heading = new QHBoxLayout;
    heading->addWidget(logo);
    heading->addWidget(title, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addWidget(intro);
    layout->addWidget(m_hint);
    layout->addWidget(m_form);
    layout->addWidget(database);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateLoginButton();
}

QString LoginDialog::errorText() const
{
    return m_form->errorText();
}

void LoginDialog::setUsername(const QString &username)
{
    m_form->setUsername(username);
}

void LoginDialog::setSignIn(SignIn signIn)
{
    m_form->setSignIn(std::move(signIn));
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
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_form->isComplete());
}

void LoginDialog::accept()
{
    if (!m_form->submit()) ui::growToFit(this); // a message may have appeared; success closes it
}

void LoginDialog::chooseServer()
{
    ServerDialog dialog(m_serverAddress, this);
    const int result = dialog.exec();
    if (result == QDialog::Rejected) return;
    m_chosen = result == ServerDialog::UseFile ? core::DatabaseLocation() : dialog.location();
    done(ChangeDatabase);
}

} // namespace mestring::ui
