// mestring-bench: builds the large demo database once and prints median timings of the
// operations with performance targets (docs/benchmarks.md). Not a test: figures, no verdicts.
#include <ctime>
#include <functional>
#include <stdexcept>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include "benchtime.h"
#include "reportratio.h"
#include "benchtimer.h"
#include "psqlbeside.h"
#include "sqlreplay.h"
#include "core/demo/demoinstaller.h"
#include "core/domain/clock.h"
#include "core/exchange/exportservice.h"
#include "core/exchange/importservice.h"
#include "core/reports/indicatorqueries.h"
#include "core/reports/reportengine.h"
#include "core/services/accesslog.h"
#include "core/services/caseloadservice.h"
#include "core/services/clientservice.h"
#include "core/services/dispensingservice.h"
#include "core/services/disposalservice.h"
#include "core/services/feedbackservice.h"
#include "core/services/registryservice.h"
#include "core/services/waitinglistservice.h"
#include "core/services/reportservice.h"
#include "core/storage/sqliteconnection.h"
#include "core/storage/courserepository.h"
#include "core/storage/database.h"
#include "core/storage/disposalrepository.h"
#include "core/storage/feedbackrepository.h"
#include "core/storage/sqlquery.h"

using namespace mestring;
using namespace mestring::core;

namespace {

const QDate benchToday(2026, 11, 23);

void removeDatabaseFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
}

// On a server (--large postgresql://...), what psql takes for the same reads, for the report
// line; nothing for a file.
QString beside(const Database &db, int runs, const std::function<void()> &work)
{
    if (!db.location().isServer()) return {};
    return bench::besidePsql(db.location(), work, runs);
}

QString joined(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : a + QStringLiteral("; ") + b;
}

QString ensureDemo(const QString &dir, DemoSize size)
{
    const QString path = dir + QLatin1Char('/') + demoSizeCode(size) + QStringLiteral(".sqlite");
    if (QFile::exists(path))
        return path;
    Database db(QUuid::createUuid().toString());
    db.open(path);
    QElapsedTimer timer;
    timer.start();
    const std::size_t records = installDemoDatabase(db, size, 1, benchToday);
    bench::report(QStringLiteral("demo %1: generate and store (once)").arg(demoSizeCode(size)),
                  double(timer.elapsed()), QStringLiteral("%1 records").arg(records));
    return path;
}

void benchExchange(const QString &dir, const QString &mediumPath, const QString &largePath, int runs)
{
    QByteArray medium;
    {
        Database db(QUuid::createUuid().toString());
        db.open(mediumPath, Database::OpenMode::MustExist);
        Clock clock;
        AccessLog log(db, clock);
        medium = ExportService(db, log).exportDocument(Actor::system());
    }
    std::size_t records = 0;
    const double importMs = bench::medianMs(runs, [&] {
        const QString path = dir + QStringLiteral("/import-") + QUuid::createUuid().toString(QUuid::Id128)
            + QStringLiteral(".sqlite");
        {
            Database db(QUuid::createUuid().toString());
            db.open(path);
            Clock clock;
            AccessLog log(db, clock);
            records = ImportService(db, log).importDocument(Actor::system(), medium).imported;
        }
        removeDatabaseFile(path);
    });
    bench::report(QStringLiteral("import the medium export into a new file"), importMs,
                  QStringLiteral("%1 records, %2 MB").arg(records).arg(medium.size() / 1e6, 0, 'f', 1));

    Database db(QUuid::createUuid().toString());
    db.open(largePath, Database::OpenMode::MustExist);
    Clock clock;
    AccessLog log(db, clock);
    QByteArray large;
    const double exportMs = bench::medianMs(
        std::max(1, runs / 2), [&] { large = ExportService(db, log).exportDocument(Actor::system()); });
    bench::report(QStringLiteral("export the large database"), exportMs,
                  QStringLiteral("%1 MB").arg(large.size() / 1e6, 0, 'f', 0));
}

void benchClients(const QString &largePath, int runs)
{
    Database db(QUuid::createUuid().toString());
    db.open(largePath, Database::OpenMode::MustExist);
    Clock clock;
    AccessLog log(db, clock);
    ClientService clients(db, log, clock);
    const Actor anne{QStringLiteral("s-anne"), QStringLiteral("Anne Holm"), Role::Therapist, false};
    const QString typed = QStringLiteral("hansen");
    for (int n = 1; n <= typed.size(); ++n) {
        const QString prefix = typed.left(n);
        std::size_t hits = 0;
        const auto search = [&] { hits = clients.search(anne, prefix, 0, 200).size(); };
        const double ms = bench::medianMs(runs, search);
        bench::report(QStringLiteral("client search, keystroke '%1' (first page)").arg(prefix), ms,
            joined(QStringLiteral("%1 rows").arg(hits), beside(db, runs, search)));
    }
    const std::vector<Client> some = clients.search(anne, QStringLiteral("a"), 0, 50);
    std::size_t i = 0;
    const auto open = [&] {
        const Client &c = some[i++ % some.size()];
        clients.get(anne, c.id);
        CourseRepository(db).forClient(c.id);
    };
    const double openMs = bench::medianMs(runs, open);
    bench::report(QStringLiteral("open a client (master data and courses)"), openMs,
        beside(db, runs, open));
}

// Administration > Kassation: the clients whose retention has run out, in 2036 (about 5,000 of
// the large demo's 8,000) and in 2030 (about 800). The repository's one pass over the tables,
// then the service (which also logs each client listed as read: that part writes).
void benchDisposal(const QString &largePath, int runs)
{
    Database db(QUuid::createUuid().toString());
    db.open(largePath, Database::OpenMode::MustExist);
    Clock clock;
    const double lastMs
        = bench::medianMs(runs, [&] { DisposalRepository(db).lastEntries(clock.today()); });
    bench::report(QStringLiteral("last entry of every client (one pass)"), lastMs);
    AccessLog log(db, clock);
    DisposalService disposals(db, log, clock);
    for (const QDate today : {QDate(2030, 1, 1), QDate(2036, 6, 1)}) {
        qsizetype listed = 0;
        const double ms = bench::medianMs(
            runs, [&] { listed = disposals.candidates(Actor::system(), today).size(); });
        bench::report(QStringLiteral("clients to dispose of on %1, listed and logged")
                          .arg(today.toString(Qt::ISODate)),
            ms, QStringLiteral("%1 clients").arg(listed));
    }
}

// `pragma`: an optional PRAGMA run on the connection first; `label` says which in the output.
void benchCaseloadWith(const QString &largePath, int runs, const QString &pragma,
                       const QString &label)
{
    Database db(QUuid::createUuid().toString());
    db.open(largePath, Database::OpenMode::MustExist);
    if (!pragma.isEmpty())
        execSql(db, pragma);
    Clock clock;
    AccessLog log(db, clock);
    CaseloadService caseload(db, log, clock);
    const Actor coordinator{QStringLiteral("s-karen"), QStringLiteral("Karen Storm"),
                            Role::Coordinator, false};
    CaseloadOverview overview;
    // CPU time beside the wall time: on a shared machine the wall time mostly measures the
    // other processes.
    const auto centre
        = [&] { overview = caseload.overview(coordinator, CaseloadQuery::centre(benchToday)); };
    const std::clock_t cpuStart = std::clock();
    const double centreMs = bench::medianMs(runs, centre);
    const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / runs;
    int flags = 0;
    for (const auto &[kind, count] : overview.counts)
        flags += count;
    bench::report(QStringLiteral("caseload overview, whole centre") + label, centreMs,
        joined(QStringLiteral("%1 rows, %2 flags, CPU %3 ms per run")
                   .arg(overview.rows.size())
                   .arg(flags)
                   .arg(cpuMs, 0, 'f', 0),
            beside(db, runs, centre)));
    const Actor anne{QStringLiteral("s-anne"), QStringLiteral("Anne Holm"), Role::Therapist, false};
    const double ownMs = bench::medianMs(
        runs, [&] { overview = caseload.overview(anne, CaseloadQuery::own(anne, benchToday)); });
    bench::report(QStringLiteral("caseload overview, one therapist") + label, ownMs,
                  QStringLiteral("%1 rows").arg(overview.rows.size()));
}

void benchCaseload(const QString &largePath, int runs)
{
    benchCaseloadWith(largePath, runs, QString(), QString());
    if (DatabaseLocation::looksLikeServer(largePath)) return; // the variants are SQLite's
    // The default page cache (2 MB) rereads most pages through the kernel on every run.
    benchCaseloadWith(largePath, runs, QStringLiteral("PRAGMA cache_size = -65536"),
                      QStringLiteral(" (64 MB cache)"));
    // Memory-mapped reads skip the copy through the kernel that dominates the first figure.
    benchCaseloadWith(largePath, runs, QStringLiteral("PRAGMA mmap_size = 1073741824"),
                      QStringLiteral(" (1 GB mmap)"));
}

// The full effect report for the last whole year of the large database, then each part of
// it alone, so a slow query stands out.
void benchReport(const QString &largePath, int runs)
{
    Database db(QUuid::createUuid().toString());
    db.open(largePath, Database::OpenMode::MustExist);
    const QDate from(benchToday.year() - 1, 1, 1);
    const QDate to(benchToday.year() - 1, 12, 31);
    EffectReport report;
    const auto whole = [&] { report = ReportService(db).effectReport(Actor::system(), from, to); };
    const std::clock_t cpuStart = std::clock();
    const double ms = bench::medianMs(runs, whole);
    const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / runs;
    bench::report(QStringLiteral("effect report, every indicator, %1 (large)").arg(from.year()), ms,
        joined(QStringLiteral("%1 appointments, %2 courses ended, CPU %3 ms per run")
                   .arg(report.noShow.all.denominator)
                   .arg(report.endedCourses.all)
                   .arg(cpuMs, 0, 'f', 0),
            beside(db, runs, whole)));
    // Broken down (domain.md section 7): one pass per period whatever the dimensions.
    const auto breakdown = [&](const char *name, ReportRequest request) {
        ReportDocument document;
        const std::clock_t breakdownCpu = std::clock();
        const double breakdownMs = bench::medianMs(
            runs, [&] { document = ReportService(db).report(Actor::system(), request); });
        const double perRunCpu
            = 1000.0 * double(std::clock() - breakdownCpu) / CLOCKS_PER_SEC / runs;
        std::size_t groups = 0;
        for (const ReportBreakdown &b : document.breakdowns)
            groups += b.groups.size();
        bench::report(QStringLiteral("effect report %1, %2 (large)")
                          .arg(QLatin1StringView(name))
                          .arg(from.year()),
            breakdownMs,
            QStringLiteral("%1 groups, CPU %2 ms per run").arg(groups).arg(perRunCpu, 0, 'f', 0));
    };
    breakdown("by municipality", {from, to, {ReportDimension::Municipality}, std::nullopt});
    breakdown("by municipality, compared with last year",
        {from, to, {ReportDimension::Municipality}, CompareMode::LastYear});
    breakdown("by responsible", {from, to, {ReportDimension::Responsible}, std::nullopt});
    breakdown("by every dimension, compared with the previous year",
        {from, to, {ReportDimension::Responsible, ReportDimension::Municipality,
                        ReportDimension::LegalBasis, ReportDimension::Program, ReportDimension::Sex,
                        ReportDimension::AgeBand},
            CompareMode::Previous});
    using namespace reportqueries;
    const std::pair<const char *, void (*)(const Database &, ReportScope &)> parts[] = {
        {"ended courses", addEndedCourses}, {"new courses", addNewCourses},
        {"active clients", addActiveClients}, {"treatment guarantee", addTreatmentGuarantee},
        {"follow-up overdue", addFollowupOverdue}, {"post-discharge follow-up", addPostDischargeFollowup},
        {"phase funnel", addPhaseFunnel}, {"no-show rate and families", addAppointments},
        {"group attendance", addGroupAttendance}, {"buprenorphine share", addBuprenorphineShare},
        {"antabus", addAntabus}, {"medical review overdue", addMedicalReviewOverdue},
        {"substitution QoL", addSubstitutionQol}, {"goal mastery", addGoalMastery},
        {"life areas", addLifeAreas}};
    for (const auto &[name, add] : parts) {
        const double partMs = bench::medianMs(runs, [&] {
            EffectReport part;
            part.from = from;
            part.to = to;
            ReportScope scope(part);
            add(db, scope);
        });
        bench::report(QStringLiteral("  report part: %1").arg(QLatin1StringView(name)), partMs);
    }
    // The Rapporter page's quarterly trend: one indicator over 12 quarters, against 12 whole
    // reports (what it would cost without computeIndicatorTrend).
    for (const char *id : {"no_show_rate", "life_area_improvement", "treatment_guarantee_rate"}) {
        const double trendMs = bench::medianMs(runs, [&] {
            ReportService(db).quarterlyTrend(Actor::system(), QString::fromLatin1(id), to);
        });
        bench::report(QStringLiteral("quarterly trend, 12 quarters: %1").arg(QLatin1StringView(id)),
                      trendMs);
    }
    const double wholeMs = bench::medianMs(1, [&] {
        for (const auto &[qFrom, qTo] : quartersUpTo(to))
            ReportService(db).effectReport(Actor::system(), qFrom, qTo);
    });
    bench::report(QStringLiteral("12 whole quarterly reports (for comparison)"), wholeMs);
}

// The same SQL as one run of the list, run by SQLite without Qt and by the sqlite3 shell: what
// the statements themselves cost beside what the program adds. They run on a copy of the file
// as it was before the list (the list writes access-log entries, the replay rolls them back).
void reportListSql(const Database &db, const QString &dir, int runs,
    const std::function<void()> &list)
{
    const QString path = dir + QStringLiteral("/dispensing-sql.sqlite");
    const QString file = dir + QStringLiteral("/dispensing-list.sql");
    SqlQuery(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    removeDatabaseFile(path);
    if (!QFile::copy(db.path(), path)) throw std::runtime_error("cannot copy the database");
    bench::writeStatements(db, file, list, true);
    QFile sql(file);
    int statements = 0;
    if (sql.open(QIODevice::ReadOnly)) {
        while (!sql.atEnd())
            statements += sql.readLine().trimmed().endsWith(';') ? 1 : 0;
    }
    bench::report(QStringLiteral("  the same SQL in the SQLite library"),
        bench::sqliteLibraryMs(path, file, runs),
        QStringLiteral("%1 statements, %2").arg(statements).arg(file));
    const double shellMs = bench::sqliteShellMs(path, file, runs);
    if (shellMs >= 0)
        bench::report(QStringLiteral("  the same SQL in sqlite3 (shell, its start included)"),
            shellMs);
    removeDatabaseFile(path);
}

// The day's dispensing list (Medicin) on the large demo, and recording a dose from it: the
// service call plus reading the client's rows again, as the page does. Recording writes, so it
// runs on a copy of the large database.
void benchDispensing(const QString &dir, const QString &largePath, int runs)
{
    // A server's bench database takes the doses itself: it is a copy made for the bench.
    const bool server = DatabaseLocation::looksLikeServer(largePath);
    const QString copy = server ? largePath : dir + QStringLiteral("/dispensing-bench.sqlite");
    if (!server) {
        removeDatabaseFile(copy); // with a -wal file left by a run cut short
        if (!QFile::copy(largePath, copy))
            throw std::runtime_error("cannot copy the large demo");
    }
    {
        Database db(QUuid::createUuid().toString());
        db.open(copy, Database::OpenMode::MustExist);
        // The demo's today, at 09:00 in Copenhagen: the list of a day that has come, not a late
        // registration.
        Clock clock(Clock::at(benchToday, QTime(9, 0)));
        AccessLog log(db, clock);
        DispensingService dispensings(db, log, clock);
        const Actor mette{QStringLiteral("s-mette"), QStringLiteral("Mette Dahl"), Role::Nurse,
                          false};
        // The check for damage before the first write (the GUI runs it while the login dialog
        // waits) is not the list's: it would add its 2 s of processor time to the first run.
        db.requireSound();
        std::vector<DispensingListRow> rows;
        const auto list = [&] { rows = dispensings.dayList(mette, benchToday); };
        const std::clock_t cpuStart = std::clock();
        const double listMs = bench::medianMs(runs, list);
        const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / runs;
        int blocked = 0, recorded = 0;
        std::vector<DispensingListRow> open;
        for (const DispensingListRow &row : rows) {
            blocked += row.block.blocked ? 1 : 0;
            recorded += row.recorded ? 1 : 0;
            if (!row.recorded && !row.block.blocked)
                open.push_back(row);
        }
        bench::report(QStringLiteral("dispensing list, today"), listMs,
            joined(QStringLiteral("%1 rows, %2 recorded, %3 blocked, CPU %4 ms per run")
                       .arg(rows.size())
                       .arg(recorded)
                       .arg(blocked)
                       .arg(cpuMs, 0, 'f', 0),
                beside(db, runs, list)));
        if (!server) reportListSql(db, dir, runs, list);
        std::size_t next = 0;
        const std::clock_t recordCpuStart = std::clock();
        const double recordMs = bench::medianMs(std::min<int>(runs * 4, int(open.size())), [&] {
            const DispensingListRow &row = open[next++];
            Dispensing d;
            d.prescription = row.prescription.id;
            d.date = benchToday;
            d.doseMg = row.prescription.doseMg;
            d.status = DispensingStatus::Taken;
            dispensings.record(mette, d);
            dispensings.dayList(mette, benchToday, row.clientId);
        });
        const double recordCpuMs
            = 1000.0 * double(std::clock() - recordCpuStart) / CLOCKS_PER_SEC / double(next);
        bench::report(QStringLiteral("record a dose and reread the client's rows"), recordMs,
            QStringLiteral("%1 doses, CPU %2 ms per dose").arg(next).arg(recordCpuMs, 0, 'f', 1));
    }
    if (!server) removeDatabaseFile(copy);
}

// The statements one effect report runs, as SQLite ran them (bound values written in), for the
// side-by-side run in sqlite3 (docs/benchmarks.md, issue 14).
void writeReportSql(const QString &largePath, const QString &file)
{
    Database db(QUuid::createUuid().toString());
    db.open(largePath, Database::OpenMode::MustExist);
    bench::writeStatements(db, file, [&] {
        ReportService(db).effectReport(Actor::system(), QDate(benchToday.year() - 1, 1, 1),
            QDate(benchToday.year() - 1, 12, 31));
    });
    bench::report(QStringLiteral("report SQL written to %1").arg(file), 0);
}

} // namespace

// Issue 19: the registry worklist and its summary (the Overblik's notice), the FIT ratings the
// overview reads for its flags, one course's FIT trend, a waiting list, and the two FIT parts of
// the report over a year.
void benchCitizenVoice(const QString &largePath, int runs)
{
    Database db(QUuid::createUuid().toString());
    db.open(largePath, Database::OpenMode::MustExist);
    Clock clock(QDateTime(benchToday, QTime(9, 0), Qt::OffsetFromUTC, 3600));
    AccessLog log(db, clock);
    const Actor intake {QStringLiteral("s-karen"), QStringLiteral("Karen Vinther"), Role::Intake,
        false};
    RegistryService registry(db, log, clock);
    std::vector<RegistryWorkItem> items;
    const double listMs = bench::medianMs(runs, [&] { items = registry.worklist(intake); });
    bench::report(QStringLiteral("registry worklist (open events)"), listMs,
        QStringLiteral("%1 events").arg(items.size()));
    RegistrySummary summary;
    const double summaryMs = bench::medianMs(runs, [&] { summary = registry.summary(intake); });
    bench::report(QStringLiteral("registry summary (Overblik notice)"), summaryMs,
        QStringLiteral("%1 overdue, %2 this week").arg(summary.overdue).arg(summary.dueThisWeek));
    std::size_t ratings = 0;
    const double fitMs = bench::medianMs(runs,
        [&] { ratings = FeedbackRepository(db).ofCoursesOpenOn(benchToday).size(); });
    bench::report(QStringLiteral("FIT ratings of open courses (overview flags)"), fitMs,
        QStringLiteral("%1 ratings").arg(ratings));
    const QString course = SqlQuery(db,
        QStringLiteral("SELECT course FROM feedback GROUP BY course ORDER BY count(*) DESC"))
                               .scalar()
                               .toString();
    FeedbackService feedback(db, log, clock);
    const Actor anne {QStringLiteral("s-anne"), QStringLiteral("Anne Holm"), Role::Therapist, false};
    std::size_t trend = 0;
    const double trendMs
        = bench::medianMs(runs, [&] { trend = feedback.forCourse(anne, course).size(); });
    bench::report(QStringLiteral("one course's FIT trend (record tab)"), trendMs,
        QStringLiteral("%1 ratings").arg(trend));
    WaitingListService lists(db, log, clock);
    const double waitingMs = bench::medianMs(
        runs, [&] { lists.list(intake, IndividualOffer::Relatives, true); });
    bench::report(QStringLiteral("waiting list of relatives"), waitingMs, QString());
    for (const char *part : {"fit_improvement_rate", "fit_low_alliance_share"}) {
        const QString id = QString::fromLatin1(part);
        const double ms = bench::medianMs(runs, [&] {
            computeIndicatorPart(db, QDate(2025, 1, 1), QDate(2025, 12, 31), id, nullptr);
        });
        bench::report(QStringLiteral("report part %1, 2025").arg(id), ms, QString());
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints median timings for docs/benchmarks.md."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the demo databases."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/mestring-bench")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Comma-separated parts to run: clients, caseload, report, exchange, dispensing, "
                                     "fit (registry, FIT, waiting lists), report-ratio (mestring-cli against sqlite3), "
                                     "disposal (writes access-log entries: use a copy), time."),
                      QStringLiteral("PARTS"), QStringLiteral("clients,caseload,report,exchange,dispensing")});
    parser.addOption({QStringLiteral("large"),
        QStringLiteral("Bench this database instead of the large demo in DIR: a file, or a server "
                       "database (postgresql://...) into which the large demo was copied; on a "
                       "server each figure is printed beside psql's time for the same reads."),
        QStringLiteral("PATH|ADDRESS")});
    parser.addOption({QStringLiteral("report-sql"),
        QStringLiteral("Write the statements of one effect report to FILE (for sqlite3)."),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("cli"),
        QStringLiteral("The mestring-cli the report-ratio part runs."), QStringLiteral("PATH"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/mestring-cli")});
    parser.process(app);
    const QStringList only = parser.value(QStringLiteral("only")).split(QLatin1Char(','));
    const QString dir = parser.value(QStringLiteral("dir"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QDir().mkpath(dir);
    try {
        const QString large = parser.isSet(QStringLiteral("large"))
            ? parser.value(QStringLiteral("large"))
            : ensureDemo(dir, DemoSize::Large);
        if (only.contains(QStringLiteral("clients")))
            benchClients(large, runs);
        if (only.contains(QStringLiteral("caseload")))
            benchCaseload(large, runs);
        if (only.contains(QStringLiteral("report")))
            benchReport(large, runs);
        if (parser.isSet(QStringLiteral("report-sql")))
            writeReportSql(large, parser.value(QStringLiteral("report-sql")));
        if (only.contains(QStringLiteral("report-ratio"))) {
            // Traced afresh, so the SQL is always what this build runs.
            QTemporaryDir traced;
            const QString sql = traced.filePath(QStringLiteral("report.sql"));
            writeReportSql(large, sql);
            bench::benchReportRatio(large, parser.value(QStringLiteral("cli")), sql,
                QDate(benchToday.year() - 1, 1, 1), QDate(benchToday.year() - 1, 12, 31), runs);
        }
        if (only.contains(QStringLiteral("dispensing")))
            benchDispensing(dir, large, runs);
        if (only.contains(QStringLiteral("fit")))
            benchCitizenVoice(large, runs);
        if (only.contains(QStringLiteral("disposal")))
            benchDisposal(large, runs);
        if (only.contains(QStringLiteral("exchange")))
            benchExchange(dir, ensureDemo(dir, DemoSize::Medium), large, runs);
        if (only.contains(QStringLiteral("time")))
            bench::benchTime(dir, large, runs);
    } catch (const std::exception &e) {
        QTextStream err(stderr);
        err << "mestring-bench: " << e.what() << Qt::endl;
        return 1;
    }
    return 0;
}
