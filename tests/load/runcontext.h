#pragma once

#include <atomic>

namespace mestring::load {

class AckLog;
class DispensingRound;
class DoseRaces;
class LiveLag;
class LoadStats;
struct LoadOptions;
struct LoadWorld;

/// What every session of one run shares. The flags tell the sessions when to stop working and
/// when they may close their connections (after the server's share of the work was read).
struct RunContext
{
    const LoadOptions &options;
    const LoadWorld &world;
    LoadStats &stats;
    AckLog &acks;
    DispensingRound &day; // the centre's simulated day and its doses still to give
    DoseRaces &races;
    LiveLag &lag;
    std::atomic<bool> stop {false};
    std::atomic<bool> mayClose {false};
    std::atomic<long long> notifications {0}; // change-feed announcements the sessions received
    std::atomic<int> connected {0}; // sessions whose connection opened
    std::atomic<int> busy {0}; // threads still working: set before they start, each counts down
};

} // namespace mestring::load
