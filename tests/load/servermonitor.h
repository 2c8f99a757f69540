#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>

#include <QString>
#include <QThread>

#include "core/storage/databaselocation.h"

namespace mestring::core {
class Database;
}

namespace mestring::load {

/// The server's counters for the run's database at one moment (pg_stat_database and size).
struct ServerCounters
{
    qint64 commits = 0;
    qint64 rollbacks = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 blocksRead = 0;
    qint64 blocksHit = 0;
    qint64 deadlocks = 0;
    qint64 tempBytes = 0;
    qint64 databaseBytes = 0;
    qint64 accessLogRows = 0;
    QString walPosition; // pg_current_wal_lsn(): the whole cluster's
    int maxConnections = 0;
};

ServerCounters readCounters(const core::Database &db);
/// The WAL written between two positions (bytes).
qint64 walBytesBetween(const core::Database &db, const QString &from, const QString &to);

/// What the server and the machine did while the sessions worked, sampled four times a second
/// on a connection of its own: what the run's backends were doing (running, or waiting and for
/// what: pg_stat_activity's wait events, the table of a lock), how many connections, the load
/// average and how busy the processors were.
class ServerMonitor
{
public:
    explicit ServerMonitor(core::DatabaseLocation location);
    ~ServerMonitor();

    void start();
    void stop();

    struct Summary
    {
        int samples = 0;
        std::map<QString, qint64> activeBy; // "running", "Lock:relation access_log", ...
        int maxConnections = 0;
        int maxWaitingOnLocks = 0;
        double loadMin = 0, loadMax = 0, loadMean = 0;
        double machineBusyPercent = 0; // of all processors, over the run
        QString failure; // the monitor's own trouble, if any
    };
    Summary summary() const;

    /// Processor seconds (user + system) the run database's server processes have used so
    /// far, read from /proc (server on this machine); -1 when unreadable. `processes` tells
    /// how many were counted.
    static double backendCpuSeconds(const core::Database &db, int *processes);
    /// This process's processor seconds (user + system).
    static double ownCpuSeconds();

private:
    void sample(const core::Database &db);

    const core::DatabaseLocation m_location;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop {false};
    mutable std::mutex m_mutex;
    Summary m_summary;
    double m_loadSum = 0;
};

} // namespace mestring::load
