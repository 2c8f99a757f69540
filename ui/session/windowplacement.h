#pragma once

#include <QRect>

class QMainWindow;
class QSettings;
class QWidget;

namespace mestring::ui {

/// Where Mestring's window goes, and what it remembers between starts (settings group
/// "window": geometry and state). At the first start it fills a small screen (maximised at
/// 1366x768 and below, the laptops and terminal servers of many centres) and opens at a
/// comfortable size, centred, on a larger one. A remembered size never exceeds the screen.
class WindowPlacement
{
public:
    explicit WindowPlacement(QSettings &settings)
        : m_settings(settings)
    {
    }

    /// Places `window` before it is shown, within `available` (the screen's area without
    /// panels and task bars).
    void restore(QMainWindow &window, const QRect &available) const;
    void save(const QMainWindow &window);
    /// Gives `cover` the place and state of `window` (the lock screen over a hidden window).
    static void copy(const QWidget &window, QWidget &cover);

    /// Screens this small get the window maximised at the first start.
    static constexpr QSize smallScreen {1366, 768};
    /// The first-start size on a larger screen, centred in `available`.
    static QRect firstGeometry(const QRect &available);

private:
    QSettings &m_settings;
};

} // namespace mestring::ui
