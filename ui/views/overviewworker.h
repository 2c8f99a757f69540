#pragma once

#include <optional>

#include <QObject>

#include "core/services/actor.h"
#include "core/services/caseloadservice.h"
#include "core/services/registryservice.h"
#include "ui/services.h"

class QThread;

namespace mestring::ui {

/// What the Overblik shows that takes long on a large centre.
struct OverviewFigures
{
    /// Without access-log entries (CaseloadService::compute): whoever shows the rows logs them.
    core::CaseloadOverview caseload;
    /// The registry notice's counts; nullopt for a role without the registry worklist, or when
    /// they could not be read (the notice is then left out, the rows still shown).
    std::optional<core::RegistrySummary> registry;
};

/// Computes the Overblik's figures off the GUI thread: a thread of its own with its own
/// database connection on the same file (style.md: one connection per thread), so the window
/// shows at once and typing is never blocked while the whole centre's flags are worked out.
/// Only the newest request's result is delivered: one asked for before a later start()
/// (another day, filter or user) is discarded. While one computation runs, later requests wait
/// and only the newest of them runs next. An in-memory database (tests) has no second
/// connection: it is computed on this thread, but likewise after start() has returned.
/// Destroying the worker waits for a computation under way.
class OverviewWorker : public QObject
{
    Q_OBJECT

public:
    explicit OverviewWorker(Services services, QObject *parent = nullptr);
    ~OverviewWorker() override;

    /// Asks for the figures of `query` as `actor` sees them; ends in finished() or failed()
    /// unless a later start() comes first.
    void start(const core::Actor &actor, const core::CaseloadQuery &query);
    /// True from start() until the newest request's result was delivered.
    bool isComputing() const { return m_thread != nullptr || m_next.has_value() || m_queued; }
    /// Waits until the computation under way ended (its result is still to be delivered).
    void wait();

Q_SIGNALS:
    void finished(const mestring::core::Actor &actor, const mestring::ui::OverviewFigures &figures);
    /// A message for the user (Danish): what happened and what to do.
    void failed(const QString &message);

public:
    struct Request
    {
        int generation = 0;
        core::Actor actor;
        core::CaseloadQuery query;
    };
    /// What a computation hands back: the figures, or why there are none.
    struct Outcome
    {
        std::optional<OverviewFigures> figures;
        QString error;
    };

private:
    void runNext();
    void deliver(int generation, const core::Actor &actor, const Outcome &outcome);

    Services m_services;
    QThread *m_thread = nullptr;
    std::optional<Request> m_next; // asked for while m_thread runs or m_queued waits
    bool m_queued = false; // a computation on this thread waits in the event queue
    int m_generation = 0;
};

} // namespace mestring::ui
