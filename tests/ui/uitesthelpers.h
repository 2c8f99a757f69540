#pragma once

#include <functional>

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>
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

/// Waits until an Overblik (ui::OverviewPage, or anything with isComputing()) shows the rows
/// asked for last: they are computed off the GUI thread.
template <typename Page>
bool waitForOverview(const Page &page, int timeoutMs = 20000)
{
    return waitUntil([&] { return !page.isComputing(); }, timeoutMs);
}

/// Shows `window` and makes it the active window, so shortcuts reach it as they do for a
/// user typing; returns whether it became active.
inline bool showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

/// Answers the next modal dialog from inside its event loop: `handle` runs once with the
/// dialog, once it is the active window (so its shortcuts work, as for a user; the widget
/// focused in it is dialog->focusWidget()), and must close it. A dialog the handler leaves
/// open fails the test and is closed, so a test never hangs. Create it before the call that
/// opens the dialog.
class ModalAnswer
{
public:
    explicit ModalAnswer(std::function<void(QWidget *dialog)> handle)
        : m_handle(std::move(handle))
    {
        m_poll.setInterval(10);
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || !dialog->isVisible()) return;
            m_poll.stop();
            dialog->activateWindow();
            CHECK(QTest::qWaitForWindowActive(dialog));
            m_handle(dialog);
            m_answered = true;
            if (dialog->isVisible() && QApplication::activeModalWidget() == dialog) {
                FAIL_CHECK("the dialog was left open");
                if (auto *modal = qobject_cast<QDialog *>(dialog)) modal->done(QDialog::Rejected);
            }
        });
        m_poll.start();
    }
    bool answered() const { return m_answered; }

private:
    QTimer m_poll;
    std::function<void(QWidget *)> m_handle;
    bool m_answered = false;
};

/// Types `keys` into whatever has the focus in `window`, as a user would.
inline void typeInto(QWidget *window, const QString &keys)
{
    for (const QChar c : keys) {
        QWidget *target = window->focusWidget() ? window->focusWidget() : window;
        QTest::keyClick(target, c.toLatin1());
    }
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
