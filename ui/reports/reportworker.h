#pragma once

#include <atomic>
#include <memory>

#include <QObject>

#include "reportbundle.h"

class QThread;

namespace mestring::ui {

/// Computes a ReportBundle off the GUI thread: a thread of its own with its own database
/// connection on the same file (style.md: one connection per thread) and its own
/// ReportService. Tells progress and the result through signals on the GUI thread; cancel()
/// stops it after the part under way. Destroying the worker cancels and waits.
class ReportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReportWorker(QObject *parent = nullptr);
    ~ReportWorker() override;

    /// Starts computing [from, to] from the database file at `databasePath`; a computation
    /// under way is cancelled first.
    void start(const QString &databasePath, const core::Actor &actor, QDate from, QDate to);
    void cancel();
    bool isRunning() const;
    /// Waits until the thread ended (tests).
    void wait();

Q_SIGNALS:
    void progressed(int permille);
    void finished(const mestring::ui::ReportBundle &bundle);
    void cancelled();
    /// A message for the user (Danish): what happened and what to do.
    void failed(const QString &message);

private:
    void stopThread();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
};

} // namespace mestring::ui
