#include "daywatcher.h"

#include "core/domain/clock.h"

namespace mestring::ui {

DayWatcher::DayWatcher(const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_today(clock.today())
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &DayWatcher::check);
    m_timer.start();
}

void DayWatcher::check()
{
    const QDate today = m_clock.today();
    if (today == m_today) return;
    const QDate previous = m_today;
    m_today = today;
    Q_EMIT dayChanged(today, previous);
}

} // namespace mestring::ui
