#pragma once

#include <vector>

#include <QElapsedTimer>
#include <QSet>
#include <QString>

#include "core/services/actor.h"
#include "core/storage/databaselocation.h"

namespace mestring::load {

struct RunContext;

/// A PC with the dispensing list open: it listens with the change feed and reads the list
/// again as the program's LiveRefresh does (ui/widgets/liverefresh.*: 150 ms after a change at
/// the soonest, at most once a second), and tells LiveLag what each list shows.
class LiveWatcher
{
public:
    LiveWatcher(core::DatabaseLocation location, core::Actor actor, RunContext &run);

    /// Watches until the run stops and a little after (the last doses to show). On its thread.
    void run();
    /// The time of each reading of the list (ms, unsorted). Read after run() returned.
    const std::vector<double> &listMs() const { return m_listMs; }
    int announcements() const { return m_announcements; }

private:
    const core::DatabaseLocation m_location;
    const core::Actor m_actor;
    RunContext &m_run;
    std::vector<double> m_listMs;
    int m_announcements = 0;
};

} // namespace mestring::load
