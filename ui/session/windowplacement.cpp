#include "windowplacement.h"

#include <algorithm>

#include <QMainWindow>
#include <QSettings>

namespace mestring::ui {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");

} // namespace

QRect WindowPlacement::firstGeometry(const QRect &available)
{
    // Room for the Kalender's week and the record's tabs, and some desktop around it.
    const QSize size = QSize(1440, 900).boundedTo(available.size() * 0.92);
    QRect rect(QPoint(), size);
    rect.moveCenter(available.center());
    return rect;
}

void WindowPlacement::restore(QMainWindow &window, const QRect &available) const
{
    const QByteArray geometry = m_settings.value(geometryKey).toByteArray();
    if (!geometry.isEmpty() && window.restoreGeometry(geometry)) {
        window.restoreState(m_settings.value(stateKey).toByteArray());
        if (!window.isMaximized() && !window.isFullScreen()) {
            // A larger screen last time, or a changed resolution: stay inside this one.
            QRect rect = window.geometry();
            rect.setSize(rect.size().boundedTo(available.size()));
            rect.moveLeft(std::clamp(rect.left(), available.left(), available.right() - rect.width() + 1));
            rect.moveTop(std::clamp(rect.top(), available.top(), available.bottom() - rect.height() + 1));
            window.setGeometry(rect);
        }
        return;
    }
    if (available.width() <= smallScreen.width() || available.height() <= smallScreen.height()) {
        window.setGeometry(firstGeometry(available));
        window.setWindowState(window.windowState() | Qt::WindowMaximized);
        return;
    }
    window.setGeometry(firstGeometry(available));
}

void WindowPlacement::save(const QMainWindow &window)
{
    m_settings.setValue(geometryKey, window.saveGeometry());
    m_settings.setValue(stateKey, window.saveState());
}

void WindowPlacement::copy(const QWidget &window, QWidget &cover)
{
    cover.setGeometry(window.geometry());
    cover.setWindowState(window.windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen));
}

} // namespace mestring::ui
