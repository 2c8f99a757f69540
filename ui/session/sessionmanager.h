#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

#include "core/services/actor.h"
#include "ui/services.h"

class QSettings;
class QWidget;

namespace mestring::ui {

class IdleLock;
class LockScreen;
class LoginDialog;
class MainWindow;

/// The sessions of one Mestring program on a shared PC (docs/decisions.md, "Sessions"). Each
/// logged-in staff member has a window of their own; one works at a time. Locking (idle, or
/// File > Switch user) hides every window of the session, with whatever was typed, behind the
/// lock screen; the same user unlocks and finds it as it was. Another user may log in at the
/// lock: they get their own window, and the locked work waits unseen until its owner logs in
/// again at this PC. Log out ends a session and closes its windows; input that was never saved
/// is only discarded after the user (or, when quitting, whoever quits) was told and agreed.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    SessionManager(Services services, QString databaseName, QSettings &settings, int idleMs,
        QObject *parent = nullptr);
    ~SessionManager() override;

    /// Gives `actor` their window: a new session, or theirs if it waits locked.
    void open(const core::Actor &actor);

    MainWindow *activeWindow() const;
    std::optional<core::Actor> activeUser() const;
    LockScreen *lockScreen() const { return m_lockScreen; }
    /// The login shown after the last session ended (null otherwise).
    LoginDialog *loginDialog() const { return m_login; }
    IdleLock *idleLock() const { return m_idle; }
    /// Names of the users whose work waits locked, the longest waiting first.
    QStringList waitingUsers() const;
    /// The area a new window may use (tests give one; otherwise the screen's).
    void setAvailableArea(const QRect &area) { m_available = area; }

public Q_SLOTS:
    /// Hides the working session behind the lock screen (after the idle time, or Ctrl+L).
    void lock();
    /// Locks and asks for another staff member at once.
    void switchUser();
    /// Ends the working session, after asking when a window holds unsaved input.
    void logOut();
    /// Ends every session; asks first when locked work holds unsaved input.
    void quit();

Q_SIGNALS:
    /// Every session has ended and nobody logged in again: the program may end.
    void finished();

private:
    struct Session;

    Session *find(const QString &staffId) const;
    void lockSession(bool switchUser);
    void resume(Session &session);
    void end(Session &session);
    void afterEnd();
    void showLogin();
    void logOutLocked(const core::Actor &actor);
    /// The windows of `session`: those its lock hid while it waits, else every window on the
    /// screen but the lock screen and the login.
    QList<QPointer<QWidget>> windowsOf(const Session &session) const;
    bool confirmDiscard(const Session &session, QWidget *parent) const;
    void connectWindow(MainWindow *window);
    QRect available() const;

    Services m_services;
    QString m_databaseName;
    QSettings &m_settings;
    IdleLock *m_idle;
    LockScreen *m_lockScreen;
    QPointer<LoginDialog> m_login;
    std::vector<std::unique_ptr<Session>> m_sessions;
    Session *m_active = nullptr;
    QRect m_available;
};

} // namespace mestring::ui
