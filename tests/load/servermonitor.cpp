#include "servermonitor.h"

#include <sys/resource.h>
#include <unistd.h>

#include <QFile>
#include <QUuid>

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

namespace mestring::load {

using namespace mestring::core;

namespace {

constexpr int sampleMs = 250;

// Busy and total jiffies of all processors (/proc/stat's first line).
std::pair<qint64, qint64> processorJiffies()
{
    QFile file(QStringLiteral("/proc/stat"));
    if (!file.open(QIODevice::ReadOnly)) return {0, 0};
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    qint64 total = 0, idle = 0;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        total += fields[i].toLongLong();
        if (i == 4 || i == 5) idle += fields[i].toLongLong(); // idle, iowait
    }
    return {total - idle, total};
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) return 0;
    return file.readLine().split(' ').value(0).toDouble();
}

// utime + stime of a process, in seconds; -1 when unreadable.
double processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) return -1;
    const QByteArray text = file.readAll();
    // The fields after the command's closing parenthesis, from the third (state) on.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace

ServerCounters readCounters(const Database &db)
{
    SqlQuery q(db,
        QStringLiteral("SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, blks_read, "
                       "blks_hit, deadlocks, temp_bytes, pg_database_size(current_database()), "
                       "(SELECT count(*) FROM access_log), pg_current_wal_lsn()::text, "
                       "current_setting('max_connections')::integer "
                       "FROM pg_stat_database WHERE datname = current_database()"));
    q.exec();
    ServerCounters c;
    if (!q.next()) return c;
    c.commits = q.value(0).toLongLong();
    c.rollbacks = q.value(1).toLongLong();
    c.inserted = q.value(2).toLongLong();
    c.updated = q.value(3).toLongLong();
    c.blocksRead = q.value(4).toLongLong();
    c.blocksHit = q.value(5).toLongLong();
    c.deadlocks = q.value(6).toLongLong();
    c.tempBytes = q.value(7).toLongLong();
    c.databaseBytes = q.value(8).toLongLong();
    c.accessLogRows = q.value(9).toLongLong();
    c.walPosition = q.value(10).toString();
    c.maxConnections = q.value(11).toInt();
    return c;
}

qint64 walBytesBetween(const Database &db, const QString &from, const QString &to)
{
    SqlQuery q(db, QStringLiteral("SELECT pg_wal_lsn_diff(?::pg_lsn, ?::pg_lsn)::bigint"));
    q.bind(to).bind(from);
    return q.scalar().toLongLong();
}

ServerMonitor::ServerMonitor(DatabaseLocation location)
    : m_location(std::move(location))
{
}

ServerMonitor::~ServerMonitor()
{
    stop();
}

void ServerMonitor::start()
{
    m_thread.reset(QThread::create([this] {
        const auto [busy0, total0] = processorJiffies();
        try {
            Database db(QStringLiteral("monitor-") + QUuid::createUuid().toString(QUuid::Id128));
            db.open(m_location, Database::OpenMode::MustExist);
            while (!m_stop) {
                sample(db);
                QThread::msleep(sampleMs);
            }
        } catch (const std::exception &e) {
            const std::lock_guard lock(m_mutex);
            m_summary.failure = QString::fromUtf8(e.what());
        }
        const auto [busy1, total1] = processorJiffies();
        const std::lock_guard lock(m_mutex);
        if (total1 > total0)
            m_summary.machineBusyPercent = 100.0 * double(busy1 - busy0) / double(total1 - total0);
    }));
    m_thread->start();
}

void ServerMonitor::stop()
{
    m_stop = true;
    if (m_thread) m_thread->wait();
}

void ServerMonitor::sample(const Database &db)
{
    // What each of the run's other backends is doing; a lock wait names its table.
    SqlQuery q(db,
        QStringLiteral("SELECT CASE WHEN a.state <> 'active' THEN 'idle' "
                       "WHEN a.wait_event IS NULL THEN 'running' "
                       "WHEN a.wait_event_type = 'Lock' THEN 'Lock:' || a.wait_event || COALESCE("
                       "' ' || (SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = "
                       "l.relation WHERE l.pid = a.pid AND NOT l.granted LIMIT 1), '') "
                       "ELSE a.wait_event_type || ':' || a.wait_event END, count(*) "
                       "FROM pg_stat_activity a WHERE a.datname = current_database() "
                       "AND a.pid <> pg_backend_pid() AND a.backend_type = 'client backend' "
                       "GROUP BY 1"));
    q.exec();
    int connections = 0, waiting = 0;
    std::map<QString, qint64> seen;
    while (q.next()) {
        const QString what = q.value(0).toString();
        const int count = q.value(1).toInt();
        connections += count;
        if (what.startsWith(QLatin1StringView("Lock:"))) waiting += count;
        if (what != QLatin1StringView("idle")) seen[what] += count;
    }
    const double load = loadAverage();
    const std::lock_guard lock(m_mutex);
    Summary &s = m_summary;
    for (const auto &[what, count] : seen)
        s.activeBy[what] += count;
    s.loadMin = s.samples == 0 ? load : std::min(s.loadMin, load);
    s.loadMax = std::max(s.loadMax, load);
    m_loadSum += load;
    ++s.samples;
    s.loadMean = m_loadSum / s.samples;
    s.maxConnections = std::max(s.maxConnections, connections);
    s.maxWaitingOnLocks = std::max(s.maxWaitingOnLocks, waiting);
}

ServerMonitor::Summary ServerMonitor::summary() const
{
    const std::lock_guard lock(m_mutex);
    return m_summary;
}

double ServerMonitor::backendCpuSeconds(const Database &db, int *processes)
{
    SqlQuery q(db,
        QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = "
                       "current_database() AND backend_type = 'client backend'"));
    q.exec();
    double total = 0;
    int counted = 0;
    while (q.next()) {
        const double seconds = processCpuSeconds(q.value(0).toLongLong());
        if (seconds < 0) return -1;
        total += seconds;
        ++counted;
    }
    if (processes) *processes = counted;
    return total;
}

double ServerMonitor::ownCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace mestring::load
