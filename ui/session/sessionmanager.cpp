#include "sessionmanager.h"

#include <algorithm>

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QToolTip>

#include "core/services/authservice.h"
#include "core/services/staffservice.h"
#include "lockscreen.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/recorddialog.h"
#include "ui/servicecall.h"
#include "ui/views/idlelock.h"
#include "ui/views/mainwindow.h"
#include "windowplacement.h"

namespace mestring::ui {

struct SessionManager::Session
{
    core::Actor actor;
    QString username;
    QPointer<MainWindow> window;
    QList<QPointer<QWidget>> hidden; // while locked: its windows, parents before children
    QPointer<QWidget> focus; // where the cursor was when it locked
    // The cursor in each window's focused line: shown again, a dialog selects that line's
    // text, and the next key would replace it.
    QList<QPair<QPointer<QLineEdit>, int>> cursors;
};

namespace {

int depth(const QWidget *widget)
{
    int d = 0;
    for (const QWidget *p = widget ? widget->parentWidget() : nullptr; p; p = p->parentWidget())
        ++d;
    return d;
}

// Dialogs before the windows they belong to.
void innermostFirst(QList<QPointer<QWidget>> &windows)
{
    std::stable_sort(windows.begin(), windows.end(),
        [](const QPointer<QWidget> &a, const QPointer<QWidget> &b) { return depth(a) > depth(b); });
}

// Menus, completer lists and tooltips close rather than wait behind the lock.
void closePopups()
{
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    QToolTip::hideText();
}

// Takes `window` off the screen while its session is locked. A record dialog keeps waiting in
// its exec() (suspend); another modal dialog (a message box, a file or print dialog) holds
// nothing typed and is cancelled, as Esc would; anything else is hidden. Returns whether the
// window is to be shown again when the session resumes.
bool takeOffScreen(QWidget *window)
{
    if (auto *record = qobject_cast<RecordDialog *>(window)) {
        record->suspend();
        return true;
    }
    auto *dialog = qobject_cast<QDialog *>(window);
    if (dialog && dialog->windowModality() != Qt::NonModal) {
        dialog->done(QDialog::Rejected);
        return false;
    }
    window->hide();
    return true;
}

// The titles of dialogs among `windows` that hold input not yet saved.
QStringList unsavedIn(const QList<QPointer<QWidget>> &windows)
{
    QStringList titles;
    for (const QPointer<QWidget> &window : windows) {
        const auto *dialog = qobject_cast<const RecordDialog *>(window.data());
        if (dialog && dialog->hasUnsavedChanges()) titles << dialog->windowTitle();
    }
    return titles;
}

} // namespace

SessionManager::SessionManager(
    Services services, QString databaseName, QSettings &settings, int idleMs, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_databaseName(std::move(databaseName))
    , m_settings(settings)
    , m_idle(new IdleLock(idleMs, this))
    , m_lockScreen(new LockScreen(services.auth))
{
    m_lockScreen->setSignIn(m_services.signIn);
    connect(m_idle, &IdleLock::idle, this, &SessionManager::lock);
    connect(m_lockScreen, &LockScreen::loggedIn, this, &SessionManager::open);
    connect(m_lockScreen, &LockScreen::logOutConfirmed, this, &SessionManager::logOutLocked);
}

SessionManager::~SessionManager()
{
    // Past the event loops: nothing of a window is on the stack any more.
    for (const auto &session : m_sessions)
        delete session->window.data();
    delete m_login.data();
    delete m_lockScreen;
}

SessionManager::Session *SessionManager::find(const QString &staffId) const
{
    for (const auto &session : m_sessions) {
        if (session->actor.staffId == staffId) return session.get();
    }
    return nullptr;
}

MainWindow *SessionManager::activeWindow() const
{
    return m_active ? m_active->window.data() : nullptr;
}

std::optional<core::Actor> SessionManager::activeUser() const
{
    return m_active ? std::optional(m_active->actor) : std::nullopt;
}

QStringList SessionManager::waitingUsers() const
{
    QStringList names;
    for (const auto &session : m_sessions) {
        if (session.get() != m_active) names << session->actor.name;
    }
    return names;
}

QRect SessionManager::available() const
{
    if (m_available.isValid()) return m_available;
    return QGuiApplication::primaryScreen()->availableGeometry();
}

void SessionManager::connectWindow(MainWindow *window)
{
    connect(window, &MainWindow::lockRequested, this, &SessionManager::lock);
    connect(window, &MainWindow::switchUserRequested, this, &SessionManager::switchUser);
    connect(window, &MainWindow::logOutRequested, this, &SessionManager::logOut);
    connect(window, &MainWindow::quitRequested, this, &SessionManager::quit);
}

void SessionManager::open(const core::Actor &actor)
{
    if (Session *waiting = find(actor.staffId)) {
        resume(*waiting);
        return;
    }
    auto session = std::make_unique<Session>();
    session->actor = actor;
    failureOf([&] { session->username = m_services.staff.get(actor, actor.staffId).username; });
    session->window = new MainWindow(m_services, actor, m_databaseName);
    connectWindow(session->window);
    WindowPlacement(m_settings).restore(*session->window, available());
    session->window->show();
    session->window->activateWindow();
    m_active = session.get();
    m_sessions.push_back(std::move(session));
    m_lockScreen->hide();
    m_idle->setWatching(true);
}

void SessionManager::lock()
{
    lockSession(false);
}

void SessionManager::switchUser()
{
    lockSession(true);
}

void SessionManager::lockSession(bool switchUser)
{
    if (!m_active) return;
    Session &session = *m_active;
    closePopups();
    session.focus = QApplication::focusWidget();
    session.cursors.clear();
    session.hidden.clear();
    QList<QPointer<QWidget>> windows = windowsOf(session);
    // Innermost first: a message box asked by a dialog goes before the dialog.
    innermostFirst(windows);
    if (session.window) {
        WindowPlacement(m_settings).save(*session.window);
        WindowPlacement::copy(*session.window, *m_lockScreen);
    }
    m_active = nullptr;
    m_idle->setWatching(false);
    QStringList others = waitingUsers();
    others.removeOne(session.actor.name);
    // The lock is up before anything is hidden, so the desktop never shows in between.
    m_lockScreen->showFor(session.actor, session.username, others, switchUser);
    for (QWidget *window : std::as_const(windows)) {
        if (auto *edit = qobject_cast<QLineEdit *>(window->focusWidget()))
            session.cursors.append({edit, edit->cursorPosition()});
        if (!session.focus) session.focus = window->focusWidget(); // the innermost window's
        if (takeOffScreen(window)) session.hidden.prepend(window); // parents first to show
    }
}

void SessionManager::resume(Session &session)
{
    if (session.hidden.isEmpty() && session.window) session.window->show();
    for (const QPointer<QWidget> &window : std::as_const(session.hidden)) {
        if (window) window->show();
    }
    session.hidden.clear();
    QWidget *focus = session.focus ? session.focus.data() : session.window.data();
    if (focus) {
        focus->window()->raise();
        focus->window()->activateWindow();
        focus->setFocus(Qt::OtherFocusReason);
    }
    for (const auto &[edit, cursor] : std::as_const(session.cursors)) {
        if (edit) edit->setCursorPosition(cursor); // nothing selected
    }
    m_active = &session;
    m_lockScreen->hide();
    m_idle->setWatching(true);
}

QList<QPointer<QWidget>> SessionManager::windowsOf(const Session &session) const
{
    if (&session != m_active) return session.hidden;
    QList<QPointer<QWidget>> windows;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && window != m_lockScreen && window != m_login.data())
            windows << window;
    }
    return windows;
}

bool SessionManager::confirmDiscard(const Session &session, QWidget *parent) const
{
    const QStringList titles = unsavedIn(windowsOf(session));
    if (titles.isEmpty()) return true;
    QMessageBox box(QMessageBox::Warning, tr("Log out"),
        tr("%1 has not saved what was typed in: %2. If the session ends now, it is lost.")
            .arg(session.actor.name, titles.join(QStringLiteral(", "))),
        QMessageBox::NoButton, parent);
    QPushButton *discard = box.addButton(tr("&Discard and log out"), QMessageBox::DestructiveRole);
    QPushButton *back = box.addButton(tr("&Go back and save"), QMessageBox::RejectRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    back->setObjectName(QStringLiteral("goBackButton"));
    box.setDefaultButton(back);
    box.setObjectName(QStringLiteral("discardQuestion"));
    box.exec();
    return box.clickedButton() == discard;
}

void SessionManager::logOut()
{
    if (!m_active) return;
    if (!confirmDiscard(*m_active, m_active->window)) return;
    end(*m_active);
    afterEnd();
}

void SessionManager::logOutLocked(const core::Actor &actor)
{
    Session *session = find(actor.staffId);
    if (!session) return;
    if (!confirmDiscard(*session, m_lockScreen)) {
        resume(*session); // their password was right: back to the work they want to save
        return;
    }
    end(*session);
    afterEnd();
}

void SessionManager::end(Session &session)
{
    failureOf([&] { m_services.auth.logOut(session.actor); });
    if (session.window) WindowPlacement(m_settings).save(*session.window);
    QList<QPointer<QWidget>> windows = windowsOf(session);
    // Innermost dialogs first; they close without asking again: the user has agreed. A
    // dialog's exec() returns once control is back in its loop; the window goes after that.
    innermostFirst(windows);
    for (const QPointer<QWidget> &window : std::as_const(windows)) {
        if (!window || window == session.window) continue;
        if (auto *dialog = qobject_cast<QDialog *>(window.data()))
            dialog->done(QDialog::Rejected);
        else
            window->hide();
    }
    if (session.window) {
        session.window->hide();
        session.window->deleteLater();
    }
    if (m_active == &session) m_active = nullptr;
    std::erase_if(m_sessions, [&](const auto &s) { return s.get() == &session; });
}

void SessionManager::afterEnd()
{
    if (m_active) return;
    m_idle->setWatching(false);
    showLogin();
}

void SessionManager::showLogin()
{
    if (m_login) m_login->deleteLater();
    m_login = new LoginDialog(m_services.auth, m_databaseName);
    m_login->setObjectName(QStringLiteral("loginAfterLogOut"));
    m_login->setSignIn(m_services.signIn);
    const QStringList waiting = waitingUsers();
    if (!waiting.isEmpty()) {
        m_login->setHint(tr("Waiting locked on this PC: %1. Log in to go on where you left off.")
                             .arg(waiting.join(QStringLiteral(", "))));
    }
    connect(m_login, &QDialog::accepted, this, [this] {
        const std::optional<core::Actor> actor = m_login->actor();
        m_login->deleteLater();
        if (actor) open(*actor);
    });
    connect(m_login, &QDialog::rejected, this, &SessionManager::quit);
    m_lockScreen->hide();
    m_login->show();
    m_login->activateWindow();
}

void SessionManager::quit()
{
    QStringList owners;
    for (const auto &session : m_sessions) {
        if (session.get() != m_active && !unsavedIn(windowsOf(*session)).isEmpty())
            owners << session->actor.name;
    }
    QWidget *parent = activeWindow() ? static_cast<QWidget *>(activeWindow())
        : m_login                    ? static_cast<QWidget *>(m_login.data())
                                     : m_lockScreen;
    if (m_active && !confirmDiscard(*m_active, parent)) return;
    if (!owners.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Quit Mestring"),
            tr("Locked work of %1 holds text that was not saved. If Mestring ends now, it is "
               "lost. Ask them to log in and save it first.")
                .arg(owners.join(QStringLiteral(", "))),
            QMessageBox::NoButton, parent);
        QPushButton *quitAnyway = box.addButton(tr("&Quit anyway"), QMessageBox::DestructiveRole);
        quitAnyway->setObjectName(QStringLiteral("quitAnywayButton"));
        QPushButton *cancel = box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
        cancel->setObjectName(QStringLiteral("cancelButton"));
        box.setDefaultButton(cancel);
        box.setObjectName(QStringLiteral("quitQuestion"));
        box.exec();
        if (box.clickedButton() != quitAnyway) {
            if (m_login && !m_active) showLogin(); // the login's Cancel brought us here
            return;
        }
    }
    while (!m_sessions.empty())
        end(*m_sessions.back());
    m_idle->setWatching(false);
    m_lockScreen->hide();
    if (m_login) m_login->hide();
    Q_EMIT finished();
}

} // namespace mestring::ui
