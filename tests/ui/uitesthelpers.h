#pragma once

#include <functional>

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

} // namespace mestring::test
