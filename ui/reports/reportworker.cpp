#include "reportworker.h"

#include <QThread>

#include "core/services/reportservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"

namespace mestring::ui {

namespace {

using Outcome = ReportWorker::Outcome;

Outcome compute(const core::DatabaseLocation &database, const QString &connection,
    const ReportWorker::Job &job, const BundleProgress &progress)
{
    Outcome outcome;
    try {
        core::Database db(connection);
        db.open(database, core::Database::OpenMode::MustExist);
        const core::ReportService reports(db);
        job(reports, progress, outcome);
    } catch (const core::ReportCancelled &) {
        outcome.cancelled = true;
    } catch (const core::ServiceError &e) {
        outcome.error = e.message();
    } catch (const core::StorageError &e) {
        outcome.error = e.message();
    } catch (const std::exception &e) {
        outcome.error = QString::fromUtf8(e.what());
    }
    return outcome;
}

} // namespace

ReportWorker::ReportWorker(QObject *parent)
    : QObject(parent)
{
}

ReportWorker::~ReportWorker()
{
    stopThread();
}

void ReportWorker::stopThread()
{
    if (!m_thread) return;
    m_cancel->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ReportWorker::start(
    const core::DatabaseLocation &database, const core::Actor &actor,
    const core::ReportRequest &request)
{
    run(database,
        [actor, request](
            const core::ReportService &reports, const BundleProgress &progress, Outcome &outcome) {
            outcome.bundle = computeReportBundle(reports, actor, request, progress);
        });
}

void ReportWorker::startTrend(const core::DatabaseLocation &database, const core::Actor &actor,
    const QString &indicator, QDate to)
{
    run(database,
        [actor, indicator, to](
            const core::ReportService &reports, const BundleProgress &progress, Outcome &outcome) {
            outcome.trend
                = reports.quarterlyTrend(actor, indicator, to, [&progress](int done, int total) {
                      return progress(1000 * done / std::max(total, 1));
                  });
        });
}

void ReportWorker::run(const core::DatabaseLocation &database, Job job)
{
    stopThread();
    const int generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    // Results come back as queued calls on this object: they are dropped with it, and one of
    // an older run (after a restart) is recognised by its generation.
    auto progress = [this, cancel, generation](int permille) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, permille] {
                if (generation == m_generation) Q_EMIT progressed(permille);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    // One connection name per run and worker: a connection is removed when its Database ends.
    const QString connection
        = QStringLiteral("report-worker-%1-%2").arg(quintptr(this), 0, 16).arg(generation);
    m_thread = QThread::create([this, database, connection, job, progress, generation] {
        auto outcome = std::make_shared<Outcome>(compute(database, connection, job, progress));
        QMetaObject::invokeMethod(
            this,
            [this, outcome, generation] {
                if (generation != m_generation) return;
                if (outcome->bundle)
                    Q_EMIT finished(*outcome->bundle);
                else if (outcome->trend)
                    Q_EMIT trendFinished(*outcome->trend);
                else if (outcome->cancelled)
                    Q_EMIT cancelled();
                else
                    Q_EMIT failed(outcome->error);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("report-worker"));
    m_thread->start(QThread::LowPriority);
}

void ReportWorker::cancel()
{
    if (m_cancel) m_cancel->store(true);
}

bool ReportWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReportWorker::wait()
{
    if (m_thread) m_thread->wait();
}

} // namespace mestring::ui
