#pragma once

#include <functional>
#include <memory>
#include <random>
#include <vector>

#include <QDateTime>
#include <QStringList>

#include "core/domain/medication/dispensinglist.h"
#include "core/services/actor.h"
#include "operation.h"
#include "sessionplan.h"

namespace mestring::core {
class Database;
struct ServiceSet;
} // namespace mestring::core

namespace mestring::load {

struct RunContext;

/// One simulated staff member at one PC, run on a thread of its own with its own connection
/// (and, like the program on a server, a second one listening for changes) and its own
/// services: the same calls the GUI makes for each operation, a think time between two.
class StaffSession
{
public:
    StaffSession(SessionSpec spec, RunContext &run);
    ~StaffSession();

    /// Connects, works until the run stops, waits until it may close, closes. On this thread.
    void run();

private:
    void connect();
    void work();
    Operation choose();
    void think(int ms);
    /// Times `call` as `operation` with the centre's clock at `now`: done, refused by a rule
    /// (`refusal` names the kind), or failed. True when done.
    bool timed(Operation operation, const QDateTime &now, const std::function<void()> &call,
        const QString &refusal = {});
    bool chance(double percent);

    void search();
    void openClient();
    void writeNote();
    void markAttendance();
    void dispensingList();
    void report();

    // dosework.cpp
    void recordDose();
    void startNextDay();
    void runRace(int raceId, const core::DispensingListRow &row,
        std::chrono::steady_clock::time_point start);
    /// Records the row's dose as the list's key would; the outcome for a race.
    enum class DoseOutcome { Accepted, Refused, Failed };
    DoseOutcome giveDose(
        const core::DispensingListRow &row, bool blockedOnPurpose, const QString &refusal);

    const SessionSpec m_spec;
    RunContext &m_run;
    core::Actor m_actor;
    std::mt19937 m_rng;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::ServiceSet> m_services;
    std::unique_ptr<QObject> m_feed; // core::ChangeFeed
    QStringList m_lastHits; // the clients the last search found, to open one of
};

} // namespace mestring::load
