#pragma once

#include <QObject>

#include "core/services/actor.h"

class QTimer;
class QWidget;

namespace mestring::core {
class AuthService;
}

namespace mestring::ui {

/// Locks the program after a time without keyboard or mouse use (default 10 minutes) by
/// showing the lock screen over every window. Watches input for the whole application.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMinutes = 10;

    IdleLock(core::AuthService &auth, core::Actor actor, QWidget *window, int idleMs);

    bool isLocked() const { return m_locked; }
    /// Locks now (the timer's timeout; tests call it directly).
    void lock();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    core::AuthService &m_auth;
    core::Actor m_actor;
    QWidget *m_window;
    QTimer *m_timer;
    bool m_locked = false;
};

} // namespace mestring::ui
