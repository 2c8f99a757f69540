#include "loadreport.h"

#include "loadstats.h"

namespace mestring::load {

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

QString row(const QStringList &cells)
{
    static const int widths[] = {30, 7, 7, 8, 8, 8, 8, 8, 7};
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const int width = widths[std::min<qsizetype>(i, std::size(widths) - 1)];
        line += i == 0 ? cells[i].leftJustified(width) : cells[i].rightJustified(width);
    }
    return line;
}

QString timesRow(const QString &name, const std::vector<double> &sorted, double seconds,
    int refusals, int errors)
{
    const double rate = seconds > 0 ? double(sorted.size() + std::size_t(errors)) / seconds : 0;
    return row({name, QString::number(sorted.size() + std::size_t(errors)),
        QString::number(rate, 'f', 2), ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
        ms(percentile(sorted, 99)), ms(sorted.empty() ? 0 : sorted.back()),
        QString::number(refusals), QString::number(errors)});
}

struct Target
{
    QString what;
    double p95;
    double limitMs;
};

} // namespace

void printOperations(QTextStream &out, const LoadStats &stats, const RunFigures &run)
{
    out << row({QStringLiteral("operation"), QStringLiteral("count"), QStringLiteral("ops/s"),
        QStringLiteral("p50 ms"), QStringLiteral("p95 ms"), QStringLiteral("p99 ms"),
        QStringLiteral("max ms"), QStringLiteral("refused"), QStringLiteral("errors")})
        << '\n';
    int count = 0;
    for (int i = 0; i < operationCount; ++i) {
        const auto operation = Operation(i);
        const LoadStats::Line line = stats.line(operation);
        count += int(line.ms.size()) + line.errors;
        out << timesRow(operationName(operation), line.ms, run.seconds, line.refusals, line.errors)
            << '\n';
    }
    out << row({QStringLiteral("all operations"), QString::number(count),
        QString::number(count / std::max(run.seconds, 1.0), 'f', 2)})
        << '\n';
    out << timesRow(
        QStringLiteral("watcher: list read again"), run.watcherListMs, run.seconds, 0, 0)
        << '\n';
    out << timesRow(QStringLiteral("live: dose shown elsewhere"), run.lag.ms, run.seconds, 0, 0)
        << '\n';
    out << timesRow(
        QStringLiteral("  of which until the read began"), run.lag.untilReadMs, run.seconds, 0, 0)
        << "\n\n";
}

void printRefusalsAndErrors(QTextStream &out, const LoadStats &stats)
{
    out << "Refused on purpose by the rules (not errors):\n";
    for (int i = 0; i < operationCount; ++i) {
        const LoadStats::Line line = stats.line(Operation(i));
        for (const auto &[kind, n] : line.refusalKinds)
            out << "  " << operationName(Operation(i)) << ": " << kind << ": " << n << '\n';
    }
    out << "Errors: " << stats.errors() << '\n';
    for (int i = 0; i < operationCount; ++i) {
        for (const QString &message : stats.line(Operation(i)).firstErrors)
            out << "  " << operationName(Operation(i)) << ": " << message << '\n';
    }
    for (const QString &message : stats.elsewhere().firstErrors)
        out << "  " << message << '\n';
    out << '\n';
}

void printServer(QTextStream &out, const LoadStats &stats, const RunFigures &run)
{
    int operations = 0;
    for (int i = 0; i < operationCount; ++i) {
        const LoadStats::Line line = stats.line(Operation(i));
        operations += int(line.ms.size()) + line.errors;
    }
    const ServerMonitor::Summary &s = run.server;
    const ServerCounters &a = run.before;
    const ServerCounters &b = run.after;
    out << "Machine: load average " << QString::number(s.loadMin, 'f', 2) << "-"
        << QString::number(s.loadMax, 'f', 2) << " (mean " << QString::number(s.loadMean, 'f', 2)
        << "), processors busy " << QString::number(s.machineBusyPercent, 'f', 0) << " %\n";
    out << "Processor time: server backends " << QString::number(run.serverCpuSeconds, 'f', 1)
        << " s (" << run.serverProcesses << " processes, "
        << ms(1000 * run.serverCpuSeconds / std::max(operations, 1)) << " ms per operation), "
        << "this program " << QString::number(run.ownCpuSeconds, 'f', 1) << " s ("
        << ms(1000 * run.ownCpuSeconds / std::max(operations, 1)) << " ms per operation)\n";
    out << "Connections to the database: at most " << s.maxConnections << " (max_connections "
        << b.maxConnections << ")\n";
    out << "Server: " << b.commits - a.commits << " transactions committed (a statement outside "
        << "a transaction is one), " << b.rollbacks - a.rollbacks << " rolled back, "
        << b.inserted - a.inserted << " rows inserted, " << b.updated - a.updated << " updated, "
        << b.deadlocks - a.deadlocks << " deadlocks, " << (b.tempBytes - a.tempBytes) / 1024
        << " kB temp, cache hits "
        << QString::number(100.0 * double(b.blocksHit - a.blocksHit)
                   / double(std::max<qint64>(
                       1, b.blocksHit - a.blocksHit + b.blocksRead - a.blocksRead)),
               'f', 2)
        << " %\n";
    out << "Growth: database " << a.databaseBytes / 1048576 << " -> " << b.databaseBytes / 1048576
        << " MB, access log " << a.accessLogRows << " -> " << b.accessLogRows << " entries ("
        << QString::number(
               double(b.accessLogRows - a.accessLogRows) / std::max(run.seconds, 1.0), 'f', 0)
        << " a second), WAL " << run.walBytes / 1048576 << " MB (whole cluster)\n";
    out << "Change feed: " << run.notifications << " announcements received by the sessions, "
        << run.watcherAnnouncements << " by the watcher; days started: " << run.daysStarted << '\n';
    out << "What the run's backends were doing (" << s.samples << " samples, 4 a second; "
        << "most waiting on locks at once: " << s.maxWaitingOnLocks << "):\n";
    qint64 active = 0;
    for (const auto &[what, n] : s.activeBy)
        active += n;
    for (const auto &[what, n] : s.activeBy) {
        out << "  " << what.leftJustified(44) << QString::number(n).rightJustified(7) << "  "
            << QString::number(100.0 * double(n) / double(std::max<qint64>(active, 1)), 'f', 1)
            << " %\n";
    }
    if (!s.failure.isEmpty()) out << "  (the monitor failed: " << s.failure << ")\n";
    out << '\n';
}

bool printTargets(QTextStream &out, const LoadStats &stats, const RunFigures &run)
{
    const auto p95 = [&](Operation o) { return percentile(stats.line(o).ms, 95); };
    const Target targets[] = {
        {QStringLiteral("open client p95 < 200 ms"), p95(Operation::OpenClient), 200},
        {QStringLiteral("record dose p95 < 200 ms"), p95(Operation::RecordDose), 200},
        {QStringLiteral("mark attendance p95 < 200 ms"), p95(Operation::MarkAttendance), 200},
        {QStringLiteral("dispensing list p95 < 1 s"), p95(Operation::DispensingList), 1000},
        {QStringLiteral("watcher's list p95 < 1 s"), percentile(run.watcherListMs, 95), 1000},
        {QStringLiteral("dose shown elsewhere p95 < 1 s"), percentile(run.lag.ms, 95), 1000},
    };
    bool all = true;
    out << "Targets (issue 17):\n";
    for (const Target &t : targets) {
        const bool met = t.p95 < t.limitMs;
        all = all && met;
        out << "  " << t.what.leftJustified(34) << ms(t.p95).rightJustified(8) << " ms  "
            << (met ? "met" : "NOT MET") << '\n';
    }
    const bool noErrors = stats.errors() == 0;
    out << "  " << QStringLiteral("zero errors").leftJustified(34)
        << QString::number(stats.errors()).rightJustified(8) << "     "
        << (noErrors ? "met" : "NOT MET") << "\n\n";
    return all && noErrors;
}

bool printChecks(QTextStream &out, const std::vector<CheckResult> &checks)
{
    bool all = true;
    out << "Checks after the run:\n";
    for (const CheckResult &c : checks) {
        all = all && c.passed;
        out << "  " << (c.passed ? "pass " : "FAIL ") << c.name << '\n';
        for (const QString &detail : c.details)
            out << "       " << detail << '\n';
    }
    return all;
}

} // namespace mestring::load
