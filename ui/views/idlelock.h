#pragma once

#include <QObject>

class QTimer;

namespace mestring::ui {

/// Notices when Mestring has not been used for a while (default 10 minutes): no key, click,
/// mouse move or wheel anywhere in the program. The session manager then locks the screen.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMinutes = 10;

    IdleLock(int idleMs, QObject *parent = nullptr);

    /// Watches only while someone works in a window (not while the lock or login shows).
    void setWatching(bool watching);
    bool isWatching() const { return m_watching; }
    int idleMs() const;

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_watching = false;
};

} // namespace mestring::ui
