#pragma once

#include <vector>

#include <QTextStream>

#include "livelag.h"
#include "loadchecks.h"
#include "servermonitor.h"

namespace mestring::load {

class LoadStats;

/// What the run measured beside the sessions' own times.
struct RunFigures
{
    double seconds = 0; // from the start to the stop of the sessions
    std::vector<double> watcherListMs; // sorted
    LiveLag::Summary lag;
    ServerMonitor::Summary server;
    ServerCounters before;
    ServerCounters after;
    qint64 walBytes = 0;
    double serverCpuSeconds = -1; // the run database's backends
    int serverProcesses = 0;
    double ownCpuSeconds = 0; // this program: every session's client side
    long long notifications = 0;
    int watcherAnnouncements = 0;
    int daysStarted = 0;
};

/// The table per operation (count, ops/s, p50/p95/p99/max, refusals, errors) and the live list.
void printOperations(QTextStream &out, const LoadStats &stats, const RunFigures &run);
/// The refusals by kind and the first errors.
void printRefusalsAndErrors(QTextStream &out, const LoadStats &stats);
/// The server's and the machine's share: processor time, waits, connections, growth.
void printServer(QTextStream &out, const LoadStats &stats, const RunFigures &run);
/// The targets, each met or not. True when every one is met.
bool printTargets(QTextStream &out, const LoadStats &stats, const RunFigures &run);
/// The checks, each pass or FAIL. True when every one passed.
bool printChecks(QTextStream &out, const std::vector<CheckResult> &checks);

} // namespace mestring::load
