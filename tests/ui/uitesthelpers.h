#pragma once

#include <functional>

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QWidget>

namespace mestring::test {

/// Processes events until `condition` holds or `timeoutMs` passes; returns the condition.
/// (QTRY_VERIFY reports through QTest's own result log, which Catch does not read.)
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 2000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) return false;
        QTest::qWait(10);
    }
    return true;
}

/// Shows `window` and makes it the active window, so shortcuts reach it as they do for a
/// user typing; returns whether it became active.
inline bool showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

/// Waits until `window` is the active window and the keyboard focus is inside it, as when a
/// user starts typing into a dialog that has just opened.
inline bool focusIsIn(QWidget *window, int timeoutMs = 2000)
{
    return waitUntil(
        [window] {
            QWidget *focus = QApplication::focusWidget();
            return window->isActiveWindow() && focus && window->isAncestorOf(focus);
        },
        timeoutMs);
}

} // namespace mestring::test
