// mestring-guibench: times the GUI on an existing (large) database, as staff meet it: start to a
// usable client list, and opening a client's record. Not a test: prints figures for
// docs/benchmarks.md. Run offscreen: QT_QPA_PLATFORM=offscreen mestring-guibench --db FILE
#include <algorithm>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>

#include "benchtimer.h"
#include "core/domain/ids.h"
#include "core/services/serviceset.h"
#include "core/storage/clientrepository.h"
#include "core/storage/database.h"
#include "core/storage/databaselocation.h"
#include "core/storage/sqlquery.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/models/calendarweekmodel.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/transaction.h"
#include "ui/models/clientlistmodel.h"
#include "ui/models/dispensinghistorymodel.h"
#include "ui/services.h"
#include "ui/translations.h"
#include "ui/views/calendarpage.h"
#include "ui/views/clientspage.h"
#include "ui/widgets/attendanceactions.h"
#include "ui/views/mainwindow.h"
#include "ui/views/overviewpage.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/medicationtab.h"

using namespace mestring;

namespace {

const core::Actor coordinator {
    QStringLiteral("s-karen"), QStringLiteral("Karen"), core::Role::Coordinator, false};

// What main() does from the start to the login dialog, and after the password was accepted up to
// a client list with rows that has been painted once, in ms. Between the two, main() checks the
// whole file for damage in the background (quick_check) while the login dialog waits for the
// user; the login writes to the access log and so waits for the verdict. That check is timed
// apart (checkMs): a person typing a password takes longer than it.
struct StartTimes
{
    double openMs = 0;
    double checkMs = 0;
    double windowMs = 0;
    double overviewMs = 0; // after login until the Overblik's rows are filled in and painted
    double stallMs = 0; // the longest the GUI thread was busy at a time meanwhile
};

// Runs the event loop until the Overblik's worker delivered and the rows are painted; returns
// the longest single pass of the loop (how long typing would have waited at worst), in ms.
double fillOverview(ui::MainWindow &window)
{
    window.showPage(ui::PageId::Overview);
    ui::OverviewPage *overview = window.overviewPage();
    double longest = 0;
    QElapsedTimer pass;
    while (overview->isComputing()) {
        pass.start();
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        longest = std::max(longest, double(pass.nsecsElapsed()) / 1e6);
    }
    pass.start();
    overview->table()->grab();
    return std::max(longest, double(pass.nsecsElapsed()) / 1e6);
}

StartTimes startToClientList(const QString &path)
{
    StartTimes times;
    QElapsedTimer timer;
    timer.start();
    QTextStream out(stdout);
    const auto step = [&](const char *what) {
        if (qEnvironmentVariableIsSet("MESTRING_BENCH_STEPS"))
            out << "  " << what << ": " << timer.elapsed() << " ms" << Qt::endl;
    };
    core::Database db(QUuid::createUuid().toString());
    db.open(path, core::Database::OpenMode::MustExist);
    db.checkInBackground();
    times.openMs = double(timer.nsecsElapsed()) / 1e6;
    step("database open (header), the check started: the login dialog shows");
    db.requireSound();
    times.checkMs = double(timer.nsecsElapsed()) / 1e6 - times.openMs;
    step("the check ended (the login would wait for it until here)");
    timer.restart();
    core::ServiceSet services(db);
    ui::MainWindow window(ui::Services::of(services), coordinator,
        core::DatabaseLocation::looksLikeServer(path) ? db.location().displayText()
                                                      : QFileInfo(path).fileName());
    step("main window built");
    window.resize(1366, 768);
    window.show();
    step("shown");
    window.showPage(ui::PageId::Clients);
    while (window.clientsPage()->model()->rowCount() == 0)
        QApplication::processEvents();
    step("client rows");
    window.clientsPage()->table()->grab();
    step("painted");
    times.windowMs = double(timer.nsecsElapsed()) / 1e6;
    times.stallMs = fillOverview(window);
    step("the Overblik filled in and painted");
    times.overviewMs = double(timer.nsecsElapsed()) / 1e6;
    return times;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void guiStart(const QString &path, int runs)
{
    std::vector<double> open, check, window, total, overview, stall;
    for (int i = 0; i < runs; ++i) {
        const StartTimes t = startToClientList(path);
        open.push_back(t.openMs);
        check.push_back(t.checkMs);
        window.push_back(t.windowMs);
        total.push_back(t.openMs + t.windowMs);
        overview.push_back(t.overviewMs);
        stall.push_back(t.stallMs);
    }
    bench::report(QStringLiteral("start to the login dialog (open, header only)"), median(open));
    bench::report(QStringLiteral("  check of the whole file beside the login dialog"),
        median(check), QStringLiteral("background, while the user types"));
    bench::report(QStringLiteral("after login to a painted client list"), median(window));
    bench::report(
        QStringLiteral("GUI start to a painted client list (open + after login)"), median(total));
    bench::report(QStringLiteral("after login until the Overblik is filled in (worker)"),
        median(overview), QStringLiteral("the window works meanwhile"));
    bench::report(QStringLiteral("  the longest the GUI thread was busy meanwhile"), median(stall),
        QStringLiteral("what typing waits at worst"));
}

void openClients(const QString &path, int runs)
{
    core::Database db(QUuid::createUuid().toString());
    db.open(path, core::Database::OpenMode::MustExist);
    core::ServiceSet services(db);
    ui::MainWindow window(ui::Services::of(services), coordinator,
        core::DatabaseLocation::looksLikeServer(path) ? db.location().displayText()
                                                      : QFileInfo(path).fileName());
    window.resize(1366, 768);
    window.show();
    window.showPage(ui::PageId::Clients);
    ui::ClientsPage *page = window.clientsPage();
    QApplication::processEvents();
    const std::vector<core::Client> some
        = services.clients.search(coordinator, QStringLiteral("e"), 0, 100);
    std::size_t i = 0;
    const double ms = bench::medianMs(runs, [&] {
        page->openClient(some[i++ % some.size()].id);
        page->grab(); // a filled, painted record
    });
    bench::report(QStringLiteral("open a client's record (filled and painted)"), ms);

    // Issue 7's target: writing the access log adds at most 10 % to opening a client. Count
    // the entries one open writes, then time writing that many entries on their own.
    auto logEntries = [&] {
        core::SqlQuery q(db, QStringLiteral("SELECT count(*) FROM access_log"));
        return q.scalar().toLongLong();
    };
    const qint64 before = logEntries();
    page->openClient(some[i++ % some.size()].id);
    page->grab();
    const qint64 perOpen = logEntries() - before;
    const double logMs = bench::medianMs(runs * 4, [&] {
        for (qint64 k = 0; k < perOpen; ++k)
            services.log.record(coordinator, core::AccessKind::Read, some[0].id,
                QStringLiteral("bench"));
    });
    bench::report(QStringLiteral("access-log writing of one open (%1 entries)").arg(perOpen),
        logMs, QStringLiteral("adds %1 % to opening").arg(100.0 * logMs / (ms - logMs), 0, 'f', 1));

    // The record's working tabs read their records when shown: time showing each one.
    QTabWidget *tabs = page->record()->tabs();
    for (const char *name :
        {"goalsTab", "assessmentsTab", "journalTab", "absencesTab", "medicationTab"}) {
        QWidget *tab = tabs->findChild<QWidget *>(QLatin1StringView(name));
        if (!tab) continue;
        const double tabMs = bench::medianMs(runs, [&] {
            tabs->setCurrentIndex(0);
            page->openClient(some[i++ % some.size()].id);
            tabs->setCurrentWidget(tab);
            page->grab();
        });
        bench::report(QStringLiteral("open a client and show the %1 (filled and painted)")
                          .arg(QLatin1StringView(name)),
            tabMs);
    }
}

// The Kalender: the whole centre's week, and marking attendance in a day's list. Marking
// writes, so it runs on a copy of the database.
void calendar(const QString &path, int runs)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("calendar.sqlite"));
    if (!QFile::copy(path, copy)) throw std::runtime_error("cannot copy the database");
    core::Database db(QUuid::createUuid().toString());
    db.open(copy, core::Database::OpenMode::MustExist);
    core::ServiceSet services(db);
    ui::CalendarPage page(ui::Services::of(services), coordinator);
    page.resize(1166, 700);
    page.show();
    page.setStaff(QString());
    page.setView(ui::CalendarPage::View::Week);
    const QDate today = QDate::currentDate();
    int week = 0;
    const double weekMs = bench::medianMs(runs, [&] {
        page.setDay(today.addDays(7 * (week++ % 3 - 1)));
        page.grab();
    });
    bench::report(QStringLiteral("Kalender: the whole centre's week (read and painted)"), weekMs,
        QStringLiteral("%1 rows").arg(page.weekModel()->rowCount()));

    page.setView(ui::CalendarPage::View::Day);
    page.setDay(today);
    const int rows = page.dayModel()->rowCount();
    if (rows == 0) return;
    int row = 0;
    const double markMs = bench::medianMs(runs, [&] {
        page.dayTable()->setCurrentIndex(page.dayModel()->index(row++ % rows, 1));
        page.attendance()->mark(row % 2 ? core::AppointmentStatus::Attended
                                        : core::AppointmentStatus::NoShow);
        page.dayTable()->viewport()->grab();
    });
    bench::report(QStringLiteral("Kalender: mark attendance, the list updated and painted"),
        markMs, QStringLiteral("%1 appointments that day").arg(rows));
}

// A client on daily methadone for `count` days with a dose taken every day, written straight
// through the repositories into `db` (a copy: the demo file itself is never written).
QString addLongMedicationHistory(const core::Database &db, int count)
{
    const QDate today = QDate::currentDate();
    core::Client client;
    client.id = core::newId();
    client.firstName = QStringLiteral("Bent");
    client.lastName = QStringLiteral("Langtid");
    client.birthDate = QDate(1960, 6, 1);
    core::Prescription p;
    p.id = core::newId();
    p.client = client.id;
    p.drug = core::Drug::Methadone;
    p.category = core::DrugCategory::Substitution;
    p.doseMg = 80;
    p.start = today.addDays(-(count - 1));
    p.prescriber = QStringLiteral("s-ole");
    core::Transaction transaction(db);
    core::ClientRepository(db).insert(client);
    core::PrescriptionRepository(db).insert(p);
    core::DispensingRepository dispensings(db);
    for (int i = 0; i < count; ++i) {
        dispensings.insert({core::newId(), p.id, p.start.addDays(i), 80,
            core::DispensingStatus::Taken, 1, QStringLiteral("s-mette"), {}});
    }
    transaction.commit();
    return client.id;
}

// Issue 5: a client's Medicin tab with `count` dispensings, read and painted when shown.
void medicationTab(const QString &path, int runs, int count)
{
    QTemporaryDir dir(QFileInfo(path).absolutePath() + QStringLiteral("/guibench-XXXXXX"));
    const QString copy = dir.filePath(QStringLiteral("medication.sqlite"));
    if (!dir.isValid() || !QFile::copy(path, copy))
        throw std::runtime_error("cannot copy the database beside it");
    core::Database db(QUuid::createUuid().toString());
    db.open(copy, core::Database::OpenMode::MustExist);
    const QString clientId = addLongMedicationHistory(db, count);
    const core::Actor nurse {
        QStringLiteral("s-mette"), QStringLiteral("Mette"), core::Role::Nurse, false};
    core::ServiceSet services(db);
    ui::MainWindow window(ui::Services::of(services), nurse, QFileInfo(path).fileName());
    window.resize(1366, 768);
    window.show();
    window.showPage(ui::PageId::Clients);
    ui::ClientsPage *page = window.clientsPage();
    QApplication::processEvents();
    QTabWidget *tabs = page->record()->tabs();
    auto *tab = tabs->findChild<ui::MedicationTab *>(QStringLiteral("medicationTab"));
    if (!tab) throw std::runtime_error("no Medicin tab");
    const double ms = bench::medianMs(runs, [&] {
        tabs->setCurrentIndex(0);
        page->openClient(clientId);
        tabs->setCurrentWidget(tab);
        page->grab();
    });
    bench::report(
        QStringLiteral("open a client and show the Medicin tab, %1 dispensings").arg(count), ms,
        QStringLiteral("%1 rows").arg(tab->historyModel()->rowCount()));
    // The tab alone: what showing it adds to an open record.
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        tabs->setCurrentIndex(0);
        page->openClient(clientId);
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        tabs->setCurrentWidget(tab);
        tab->grab();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const double tabMs = times[times.size() / 2];
    bench::report(
        QStringLiteral("  of which the Medicin tab shown (read, filled, painted)"), tabMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ui::installTranslations(app);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
        QStringLiteral("Database file (e.g. the large demo), or a server database "
                       "(postgresql://...: the start and opening clients only, as the other "
                       "figures write into a copy of a file)."),
        QStringLiteral("FILE|ADDRESS")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."),
        QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("medication-dispensings"),
        QStringLiteral("Dispensings of the client whose Medicin tab is timed (0: skip)."),
        QStringLiteral("N"), QStringLiteral("5000")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const bool server = core::DatabaseLocation::looksLikeServer(path);
    if (!server && !QFileInfo::exists(path)) {
        QTextStream(stderr) << "mestring-guibench: --db FILE must name an existing database\n";
        return 2;
    }
    try {
        guiStart(path, runs);
        openClients(path, runs);
        if (server) return 0;
        calendar(path, runs);
        const int dispensings = parser.value(QStringLiteral("medication-dispensings")).toInt();
        if (dispensings > 0) medicationTab(path, runs, dispensings);
    } catch (const std::exception &e) {
        QTextStream(stderr) << "mestring-guibench: " << e.what() << Qt::endl;
        return 1;
    }
    return 0;
}
