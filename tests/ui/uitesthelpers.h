#pragma once

#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

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

} // namespace mestring::test
