#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <QObject>

#include "core/storage/databaselocation.h"
#include "reportbundle.h"

class QThread;

namespace mestring::ui {

/// Computes a ReportBundle off the GUI thread: a thread of its own with its own database
/// connection to the same database (style.md: one connection per thread) and its own
/// ReportService. Tells progress and the result through signals on the GUI thread; cancel()
/// stops it after the part under way. Destroying the worker cancels and waits.
class ReportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReportWorker(QObject *parent = nullptr);
    ~ReportWorker() override;

    /// Starts computing the report `request` asks for from the database at `database` (a file
    /// or a server); a computation under way is cancelled first.
    void start(const core::DatabaseLocation &database, const core::Actor &actor,
        const core::ReportRequest &request);
    /// Starts computing the quarterly trend of `indicator` up to `to`
    /// (ReportService::quarterlyTrend); ends in trendFinished(), cancelled() or failed().
    void startTrend(
        const core::DatabaseLocation &database, const core::Actor &actor,
        const QString &indicator, QDate to);
    void cancel();
    bool isRunning() const;
    /// Waits until the thread ended (tests).
    void wait();

Q_SIGNALS:
    void progressed(int permille);
    void finished(const mestring::ui::ReportBundle &bundle);
    /// The 12 quarters of a trend, oldest first, each with the targets of its year.
    void trendFinished(const std::vector<mestring::core::EffectReport> &quarters);
    void cancelled();
    /// A message for the user (Danish): what happened and what to do.
    void failed(const QString &message);

public:
    /// What a run hands back: a bundle, a trend, or why there is none.
    struct Outcome
    {
        std::optional<ReportBundle> bundle;
        std::optional<std::vector<core::EffectReport>> trend;
        bool cancelled = false;
        QString error;
    };
    /// The computation of a run, on the worker thread, with its own ReportService.
    using Job = std::function<void(
        const core::ReportService &, const BundleProgress &progress, Outcome &outcome)>;

private:
    void run(const core::DatabaseLocation &database, Job job);
    void stopThread();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
};

} // namespace mestring::ui
