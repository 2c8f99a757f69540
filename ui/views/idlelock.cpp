#include "idlelock.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace mestring::ui {

IdleLock::IdleLock(int idleMs, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(idleMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_watching) Q_EMIT idle();
    });
    qApp->installEventFilter(this);
}

void IdleLock::setWatching(bool watching)
{
    m_watching = watching;
    if (watching)
        m_timer->start();
    else
        m_timer->stop();
}

int IdleLock::idleMs() const
{
    return m_timer->interval();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_watching) m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mestring::ui
