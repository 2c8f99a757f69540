#pragma once

#include <functional>

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include "core/domain/course.h"
#include "uitestdatabase.h"

namespace mestring::test {

/// An open alcohol course of `clientId` that started `start`, created through CourseService.
core::Course addCourse(UiTestDatabase &data, const QString &clientId, const QDate &start);

/// Triggers `open`, which runs a modal dialog of type D, and hands the dialog to `handle` once
/// it is showing; `handle` must close it (trySave, done()). Returns whether it was seen.
template <typename D>
bool withModal(const std::function<void()> &open, const std::function<void(D *)> &handle)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            poll.stop();
            seen = true;
            handle(dialog);
            if (dialog->isVisible()) dialog->done(QDialog::Rejected); // never hang a test
        }
    });
    poll.start();
    open();
    poll.stop();
    return seen;
}

} // namespace mestring::test
