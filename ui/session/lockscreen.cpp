#include "lockscreen.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/services/permissions.h"
#include "loginform.h"

namespace mestring::ui {

namespace {

// The navigation's calm colours, so the lock reads as Mestring's own screen.
const char *const lockStyle = R"(
QWidget#lockScreen { background: #eef3f3; }
QFrame#lockCard { background: white; border: 1px solid #d5dfdf; border-radius: 10px; }
QLabel#lockTitle { color: #1b6b62; }
)";

} // namespace

LockScreen::LockScreen(core::AuthService &auth, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_form(new LoginForm(auth, this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_unlock(new QPushButton(this))
    , m_logOut(new QPushButton(tr("Log &out"), this))
    , m_switch(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QLatin1StringView(lockStyle));
    setWindowIcon(QApplication::windowIcon());

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    auto *logo = new QLabel(card);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/mestring-64.png")).pixmap(40, 40));
    m_title->setObjectName(QStringLiteral("lockTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setObjectName(QStringLiteral("lockText"));
    m_text->setWordWrap(true);
    m_waiting->setObjectName(QStringLiteral("lockWaiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setForegroundRole(QPalette::PlaceholderText);

    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_logOut->setObjectName(QStringLiteral("lockLogOutButton"));
    m_logOut->setToolTip(tr("Type your password and log out; another staff member can then log "
                            "in at this PC."));
    m_switch->setObjectName(QStringLiteral("switchUserButton"));
    connect(m_unlock, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_logOut, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_switch, &QPushButton::clicked, this, [this] { setSwitching(!m_switching); });
    connect(m_form, &LoginForm::completeChanged, this, &LockScreen::updateButtons);
    connect(m_form, &LoginForm::choosingNewPasswordChanged, this, &LockScreen::updateButtons);
    for (QLineEdit *edit : m_form->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::returnPressed, this, [this] { submit(false); });
    connect(m_form, &LoginForm::loggedIn, this, [this](const core::Actor &actor) {
        if (m_loggingOut && actor.staffId == m_locked.staffId)
            Q_EMIT logOutConfirmed(actor);
        else
            Q_EMIT loggedIn(actor);
    });

    auto *heading = new QHBoxLayout;
    heading->addWidget(logo);
    heading->addWidget(m_title, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_logOut);
    buttons->addStretch(1);
    buttons->addWidget(m_switch);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->setSpacing(14);
    cardLayout->addLayout(heading);
    cardLayout->addWidget(m_text);
    cardLayout->addWidget(m_form);
    cardLayout->addLayout(buttons);
    cardLayout->addWidget(m_waiting);
    card->setFixedWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void LockScreen::showFor(const core::Actor &locked, const QString &username,
    const QStringList &waiting, bool switchUser)
{
    m_locked = locked;
    m_lockedUsername = username;
    m_waitingNames = waiting;
    setWindowTitle(tr("Mestring is locked"));
    setSwitching(switchUser);
    show();
    raise();
    activateWindow();
    m_form->focusFirstEmpty();
}

void LockScreen::setSwitching(bool switching)
{
    m_switching = switching;
    m_form->reset();
    m_form->setUsername(switching ? QString() : m_lockedUsername, !switching);
    if (switching) {
        m_title->setText(tr("Log in as another staff member"));
        m_text->setText(tr("The work of %1 stays locked and waits for them; nobody else sees it. "
                           "You get a window of your own.")
                            .arg(m_locked.name));
    } else {
        m_title->setText(tr("Mestring is locked"));
        m_text->setText(tr("%1 (%2) is logged in. Nothing typed is lost: type your password to "
                           "go on.")
                            .arg(m_locked.name, core::roleTitle(m_locked.role)));
    }
    m_switch->setText(switching ? tr("&Back") : tr("&Switch user"));
    m_switch->setToolTip(switching ? tr("Back to the lock of %1").arg(m_locked.name)
                                   : tr("Another staff member logs in; this work waits locked"));
    m_logOut->setVisible(!switching);
    QStringList others = m_waitingNames;
    m_waiting->setText(others.isEmpty() ? QString()
                                        : tr("Also waiting on this PC: %1.")
                                              .arg(others.join(QStringLiteral(", "))));
    m_waiting->setVisible(!others.isEmpty());
    updateButtons();
    m_form->focusFirstEmpty();
}

void LockScreen::updateButtons()
{
    const bool choosing = m_form->isChoosingNewPassword();
    m_unlock->setText(choosing      ? tr("Save and &go on")
            : m_switching           ? tr("&Log in")
                                    : tr("&Unlock"));
    m_unlock->setEnabled(m_form->isComplete());
    m_logOut->setEnabled(m_form->isComplete() && !choosing);
}

void LockScreen::setSignIn(SignIn signIn)
{
    m_form->setSignIn(std::move(signIn));
}

void LockScreen::submit(bool logOut)
{
    m_loggingOut = logOut;
    m_form->submit();
    m_loggingOut = false;
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    // Closing would leave the work behind it without a lock: it opens only with a password.
    event->ignore();
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_switching) {
        setSwitching(false);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace mestring::ui
