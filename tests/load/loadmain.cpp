// mestring-load: many staff on one PostgreSQL server (issue 17). Simulated staff sessions, each
// on a thread of its own with its own connections, services and staff member, work against a
// copy of the demo database for a bounded time; afterwards the figures and the checks.
// docs/scaling.md says what the mix is and why; docs/benchmarks.md has the measured runs.
#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

#include "acklog.h"
#include "core/storage/database.h"
#include "dispensinground.h"
#include "doseraces.h"
#include "livelag.h"
#include "livewatcher.h"
#include "loadchecks.h"
#include "loadoptions.h"
#include "loadreport.h"
#include "loadstats.h"
#include "loadworld.h"
#include "loginfile.h"
#include "runcontext.h"
#include "servermonitor.h"
#include "sessionplan.h"
#include "staffsession.h"

using namespace mestring;
using namespace mestring::core;
using namespace mestring::load;

namespace {

QTextStream out(stdout);

void printSetup(const LoadOptions &o, const DatabaseLocation &base, const LoadWorld &world,
    const std::vector<SessionSpec> &sessions)
{
    std::map<QString, int> parts;
    int ownLogins = 0;
    for (const SessionSpec &s : sessions) {
        ++parts[partName(s.part) + QStringLiteral(" (") + enumCode(s.staff.role)
            + QLatin1Char(')')];
        ownLogins += s.ownLogin ? 1 : 0;
    }
    out << "mestring-load " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << " on "
        << QSysInfo::machineHostName() << ", " << QThread::idealThreadCount() << " processors\n"
        << "command: " << QCoreApplication::arguments().join(QLatin1Char(' ')) << '\n'
        << "database " << base.displayText() << ", first day "
        << world.firstDay.toString(Qt::ISODate) << ", " << o.sessions << " sessions for "
        << o.minutes << " min, think " << o.thinkMinMs << "-" << o.thinkMaxMs << " ms, seed "
        << o.seed << ", change feeds " << (o.changeFeeds ? "on" : "off") << ", races "
        << o.racePercent << " %, blocked tries " << o.blockedPercent << " %, watcher's refresh "
        << o.liveDelayMs << " ms after a change, " << o.liveSpacingMs << " ms apart\n";
    out << "sessions:";
    for (const auto &[part, n] : parts)
        out << ' ' << n << ' ' << part << ';';
    out << ' ' << ownLogins << " with a login of their own, "
        << sessions.size() - std::size_t(ownLogins) << " as " << base.user()
        << " (plus a watcher at the dispensing list)\n";
    if (ownLogins > 0) {
        out << "note: the server monitor connects as " << base.user()
            << " and sees other logins' sessions only when that login has pg_read_all_stats\n";
    }
    out << "world: " << world.clients.size() << " clients to search and open, "
        << world.openCourses.size() << " open courses, " << world.registers.size()
        << " group registers of the last 8 weeks\n"
        << Qt::flush;
}

StaffMember watcherStaff(const LoadWorld &world)
{
    for (const StaffMember &m : world.staff) {
        if (m.role == Role::Nurse) return m;
    }
    throw std::runtime_error("the database has no nurse to watch the dispensing list");
}

void waitForTheRun(const LoadOptions &o, RunContext &run, QElapsedTimer &clock)
{
    const qint64 endMs = qint64(o.minutes * 60000);
    qint64 nextProgress = 60000;
    while (clock.elapsed() < endMs) {
        QThread::msleep(200);
        if (clock.elapsed() < nextProgress) continue;
        nextProgress += 60000;
        int done = 0;
        for (int i = 0; i < operationCount; ++i)
            done += int(run.stats.line(Operation(i)).ms.size());
        out << "  " << clock.elapsed() / 60000 << " min: " << done << " operations, "
            << run.stats.errors() << " errors, " << run.connected << " sessions connected, day "
            << run.day.day().toString(Qt::ISODate) << Qt::endl;
    }
}

int runLoad(const LoadOptions &o)
{
    const DatabaseLocation base = DatabaseLocation::parse(o.address);
    if (!base.isServer()) throw std::runtime_error("mestring-load needs a server database");
    Database db(QStringLiteral("load-main-") + QUuid::createUuid().toString(QUuid::Id128));
    db.open(base, Database::OpenMode::MustExist);
    const LoginFile logins = o.loginFile.isEmpty() ? LoginFile() : LoginFile::read(o.loginFile);
    const LoadWorld world
        = loadWorld(db, o.firstDay.isValid() ? o.firstDay : latestDoseDay(db), o.seed);
    std::vector<SessionSpec> specs = planSessions(world, o.sessions, base, logins, o.seed);
    printSetup(o, base, world, specs);

    QElapsedTimer checkTime;
    checkTime.start();
    const CliCheck before = runCliCheck(db);
    out << "check before the run: errors " << before.errors << ", warnings " << before.warnings
        << " (" << checkTime.elapsed() / 1000.0 << " s)\n\n"
        << Qt::flush;

    LoadStats stats;
    AckLog acks;
    DispensingRound day(world.firstDay);
    DoseRaces races;
    LiveLag lag;
    RunContext run {o, world, stats, acks, day, races, lag};
    RunFigures figures;
    figures.before = readCounters(db);
    ServerMonitor monitor(base);
    monitor.start();
    const double ownCpuStart = ServerMonitor::ownCpuSeconds();

    const StaffMember watching = watcherStaff(world);
    LiveWatcher watcher(
        logins.locationFor(base, watching.username), Actor::fromStaff(watching), run);
    std::vector<std::unique_ptr<StaffSession>> sessions;
    std::vector<std::unique_ptr<QThread>> threads;
    run.busy = int(specs.size()) + 1;
    threads.emplace_back(QThread::create([&] { watcher.run(); }));
    for (SessionSpec &spec : specs) {
        sessions.push_back(std::make_unique<StaffSession>(std::move(spec), run));
        threads.emplace_back(QThread::create([s = sessions.back().get()] { s->run(); }));
    }
    QElapsedTimer clock;
    clock.start();
    for (const auto &thread : threads)
        thread->start();
    waitForTheRun(o, run, clock);
    run.stop = true;
    figures.seconds = double(clock.elapsed()) / 1000.0;
    while (run.busy > 0)
        QThread::msleep(50);
    // Read while every session still holds its connections: a backend's time goes with it.
    figures.serverCpuSeconds = ServerMonitor::backendCpuSeconds(db, &figures.serverProcesses);
    figures.ownCpuSeconds = ServerMonitor::ownCpuSeconds() - ownCpuStart;
    monitor.stop();
    figures.after = readCounters(db);
    run.mayClose = true;
    for (const auto &thread : threads)
        thread->wait();

    figures.server = monitor.summary();
    figures.walBytes = walBytesBetween(db, figures.before.walPosition, figures.after.walPosition);
    figures.watcherListMs = watcher.listMs();
    std::sort(figures.watcherListMs.begin(), figures.watcherListMs.end());
    figures.watcherAnnouncements = watcher.announcements();
    figures.lag = lag.summary();
    figures.notifications = run.notifications;
    figures.daysStarted = day.daysStarted();
    out << '\n';
    printOperations(out, stats, figures);
    printRefusalsAndErrors(out, stats);
    printServer(out, stats, figures);
    printTargets(out, stats, figures);
    out << Qt::flush;
    const bool checked = printChecks(out, checkRun(db, acks, races.summary(), figures.lag, before));
    out << Qt::flush;
    return checked && stats.errors() == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const LoadOptions options = parseOptions(app.arguments());
    try {
        return runLoad(options);
    } catch (const std::exception &e) {
        QTextStream(stderr) << "mestring-load: " << e.what() << Qt::endl;
        return 1;
    }
}
