// mestring-guibench: times the GUI on an existing (large) database, as staff meet it: start to a
// usable client list, and opening a client's record. Not a test: prints figures for
// docs/benchmarks.md. Run offscreen: QT_QPA_PLATFORM=offscreen mestring-guibench --db FILE
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>

#include "benchtimer.h"
#include "core/services/serviceset.h"
#include "core/storage/database.h"
#include "ui/models/clientlistmodel.h"
#include "ui/services.h"
#include "ui/translations.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/clientrecordwidget.h"

using namespace mestring;

namespace {

const core::Actor coordinator {
    QStringLiteral("s-karen"), QStringLiteral("Karen"), core::Role::Coordinator, false};

// Everything main() does after the password was accepted, up to a client list with rows that
// has been painted once.
double startToClientList(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QTextStream out(stdout);
    const auto step = [&](const char *what) {
        if (qEnvironmentVariableIsSet("MESTRING_BENCH_STEPS"))
            out << "  " << what << ": " << timer.elapsed() << " ms" << Qt::endl;
    };
    core::Database db(QUuid::createUuid().toString());
    db.open(path, core::Database::OpenMode::MustExist);
    step("database open");
    core::ServiceSet services(db);
    ui::MainWindow window(ui::Services::of(services), coordinator, QFileInfo(path).fileName());
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
    return double(timer.nsecsElapsed()) / 1e6;
}

void openClients(const QString &path, int runs)
{
    core::Database db(QUuid::createUuid().toString());
    db.open(path, core::Database::OpenMode::MustExist);
    core::ServiceSet services(db);
    ui::MainWindow window(ui::Services::of(services), coordinator, QFileInfo(path).fileName());
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

    // The record's working tabs read their records when shown: time showing each one.
    QTabWidget *tabs = page->record()->tabs();
    for (const char *name : {"goalsTab", "assessmentsTab", "journalTab", "absencesTab"}) {
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ui::installTranslations(app);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file (e.g. the large demo)."),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."),
        QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (!QFileInfo::exists(path)) {
        QTextStream(stderr) << "mestring-guibench: --db FILE must name an existing database\n";
        return 2;
    }
    try {
        const double startMs = bench::medianMs(runs, [&] { startToClientList(path); });
        bench::report(QStringLiteral("GUI start to a painted client list (after login)"), startMs);
        openClients(path, runs);
    } catch (const std::exception &e) {
        QTextStream(stderr) << "mestring-guibench: " << e.what() << Qt::endl;
        return 1;
    }
    return 0;
}
