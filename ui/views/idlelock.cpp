#include "idlelock.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include "ui/dialogs/lockdialog.h"

namespace mestring::ui {

IdleLock::IdleLock(core::AuthService &auth, core::Actor actor, QWidget *window, int idleMs)
    : QObject(window)
    , m_auth(auth)
    , m_actor(std::move(actor))
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(idleMs);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    m_timer->start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked) m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (m_locked) return;
    m_locked = true;
    // Parented to the active window (perhaps a dialog with unsaved input), so it shows on top;
    // the windows underneath are left as they are.
    QWidget *parent
        = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
    LockDialog dialog(m_auth, m_actor, parent);
    dialog.exec();
    m_locked = false;
    m_timer->start();
}

} // namespace mestring::ui
