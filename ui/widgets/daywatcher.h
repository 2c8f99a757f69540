#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

namespace mestring::core {
class Clock;
}

namespace mestring::ui {

/// Notices when the centre's day changes (midnight in Copenhagen, whatever the PC's zone), so
/// a page that shows "today" moves on with it instead of keeping yesterday until restarted.
/// Looks at the clock every half minute (and after a suspended laptop wakes up, at once on the
/// next look) and whenever check() is called.
class DayWatcher : public QObject
{
    Q_OBJECT

public:
    DayWatcher(const core::Clock &clock, QObject *parent);

    /// The centre's day as last seen.
    QDate today() const { return m_today; }

public Q_SLOTS:
    void check();

Q_SIGNALS:
    /// The day changed from `previous` to `today` (normally the next day).
    void dayChanged(const QDate &today, const QDate &previous);

private:
    const core::Clock &m_clock;
    QDate m_today;
    QTimer m_timer;
};

} // namespace mestring::ui
