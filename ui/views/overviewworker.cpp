#include "overviewworker.h"

#include <memory>
#include <utility>

#include <QThread>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/permissions.h"
#include "core/services/serviceerrors.h"
#include "core/storage/database.h"
#include "core/storage/databaselocation.h"
#include "core/storage/storageerror.h"

namespace mestring::ui {

namespace {

using Outcome = OverviewWorker::Outcome;
using Request = OverviewWorker::Request;

std::optional<core::RegistrySummary> registrySummary(
    core::RegistryService &registry, const core::Actor &actor)
{
    if (!core::roleHas(actor.role, core::Permission::ManageIntake)) return std::nullopt;
    try {
        return registry.summary(actor);
    } catch (const core::ServiceError &) {
    } catch (const core::StorageError &) {
    }
    return std::nullopt; // the notice is a hint: the rows matter more
}

Outcome computeWith(const core::CaseloadService &caseload, core::RegistryService &registry,
    const Request &request)
{
    Outcome outcome;
    try {
        outcome.figures = OverviewFigures {caseload.compute(request.actor, request.query),
            registrySummary(registry, request.actor)};
    } catch (const core::ServiceError &e) {
        outcome.error = e.message();
    } catch (const core::StorageError &e) {
        outcome.error = e.message();
    }
    return outcome;
}

// On the worker thread: a connection and services of its own on the same database (file or
// server). Nothing is written: compute() leaves the access log to the GUI, and the summary
// only reads.
Outcome computeOnOwnConnection(const core::DatabaseLocation &location, const QString &connection,
    const core::Clock &clock, const Request &request)
{
    try {
        core::Database db(connection);
        db.open(location, core::Database::OpenMode::MustExist);
        core::AccessLog log(db, clock);
        const core::CaseloadService caseload(db, log, clock);
        core::RegistryService registry(db, log, clock);
        return computeWith(caseload, registry, request);
    } catch (const core::StorageError &e) {
        return {std::nullopt, e.message()};
    }
}

} // namespace

OverviewWorker::OverviewWorker(Services services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

OverviewWorker::~OverviewWorker()
{
    wait();
    delete m_thread;
}

void OverviewWorker::start(const core::Actor &actor, const core::CaseloadQuery &query)
{
    m_next = Request {++m_generation, actor, query};
    if (!m_thread && !m_queued) runNext();
}

void OverviewWorker::wait()
{
    if (m_thread) m_thread->wait();
}

void OverviewWorker::runNext()
{
    if (!m_next) return;
    const core::Database &db = m_services.caseload.database();
    // An in-memory database (the tests) is reachable from its own connection only.
    if (db.location().isFile() && db.location().filePath() == QLatin1StringView(":memory:")) {
        // Still after start() returned, as with a thread, so callers meet one behaviour.
        m_queued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_queued = false;
                if (!m_next) return;
                const Request request = *std::exchange(m_next, std::nullopt);
                deliver(request.generation, request.actor,
                    computeWith(m_services.caseload, m_services.registry, request));
            },
            Qt::QueuedConnection);
        return;
    }
    const Request request = *std::exchange(m_next, std::nullopt);
    // A copy: the thread never reads the GUI's clock (tests move it).
    const core::Clock clock = m_services.clock;
    const QString connection = QStringLiteral("overview-worker-%1-%2")
                                   .arg(quintptr(this), 0, 16)
                                   .arg(request.generation);
    const core::DatabaseLocation location = db.location();
    m_thread = QThread::create([this, location, connection, clock, request] {
        auto outcome = std::make_shared<Outcome>(
            computeOnOwnConnection(location, connection, clock, request));
        // Queued on this object: dropped with it (the destructor waits for the thread first).
        QMetaObject::invokeMethod(
            this,
            [this, outcome, request] {
                m_thread->wait();
                delete std::exchange(m_thread, nullptr);
                deliver(request.generation, request.actor, *outcome);
                runNext();
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("overview-worker"));
    m_thread->start(QThread::LowPriority);
}

void OverviewWorker::deliver(int generation, const core::Actor &actor, const Outcome &outcome)
{
    if (generation != m_generation) return; // a later start() asked for something else
    if (outcome.figures)
        Q_EMIT finished(actor, *outcome.figures);
    else
        Q_EMIT failed(outcome.error);
}

} // namespace mestring::ui
