// Renders every screen in Danish at 1366x768 into docs/screenshots/ for the documentation and
// for reviewing the look. Hidden from the normal run; run it with:
//     QT_QPA_PLATFORM=offscreen ui_tests "[screenshots]"
#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QTabWidget>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "core/demo/demoinstaller.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/staffrepository.h"
#include "ui/dialogs/clientdialog.h"
#include "ui/dialogs/coursedialog.h"
#include "ui/dialogs/courseenddialog.h"
#include "ui/dialogs/phasedialog.h"
#include "ui/dialogs/dispensingdialog.h"
#include "ui/dialogs/prescriptiondialog.h"
#include "ui/models/dispensinglistmodel.h"
#include "ui/print/dispensingsheet.h"
#include "ui/views/medicationpage.h"
#include "core/services/backupservice.h"
#include "core/storage/datasetstore.h"
#include "core/storage/transaction.h"
#include "support/sampledataset.h"
#include "ui/backup/backupsettings.h"
#include "ui/print/seenbylist.h"
#include "ui/views/admin/accesslogpanel.h"
#include "ui/views/admin/backuppanel.h"
#include "ui/views/admin/disposalpanel.h"
#include "ui/views/administrationpage.h"
#include "ui/widgets/datefield.h"
#include <QListWidget>
#include "ui/widgets/medicationtab.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/coursestab.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/serverdialog.h"
#include "ui/translations.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/views/overviewpage.h"
#include "ui/views/reportspage.h"
#include "ui/dialogs/memberlistdialog.h"
#include "ui/models/reporttablemodel.h"
#include "ui/reports/reportworker.h"
#include "ui/widgets/periodselector.h"
#include "ui/models/membertablemodel.h"
#include "core/reports/membercolumns.h"
#include "core/services/serviceset.h"
#include "ui/print/effectreportprint.h"
#include <QFile>
#include <QTemporaryDir>
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using mestring::ui::PageId;

namespace {

const QSize screenSize(1366, 768);

void save(QWidget &widget, const QString &name)
{
    QTest::qWait(50); // let layouts and deferred paints settle
    const QString dir = QStringLiteral(MESTRING_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    INFO("writing " << path.toStdString());
    REQUIRE(widget.grab().save(path));
}

// A client with a few courses, so the overview shows a history.
QString clientWithCourses(UiTestDatabase &data, const mestring::core::Actor &actor)
{
    for (const auto &client : data.clients.search(actor, QString(), 0, 200)) {
        if (data.courses.forClient(actor, client.id).size() >= 2 && !client.anonymous)
            return client.id;
    }
    return QString();
}

// A client on daily methadone since ten days ago who took it for a week and then missed the
// last three days: blocked today until the doctor reassesses. Returns the client's id.
QString addBlockedClient(
    UiTestDatabase &data, const mestring::core::Actor &doctor, const mestring::core::Actor &nurse)
{
    using namespace mestring::core;
    const QDate today = mestring::core::Clock().today();
    const Client client = data.addClient(QStringLiteral("Bjarne"), QStringLiteral("Aagaard"),
        QDate(1971, 4, 12), 1237, QStringLiteral("Viborg"));
    Prescription p;
    p.id = newId();
    p.client = client.id;
    p.drug = Drug::Methadone;
    p.category = DrugCategory::Substitution;
    p.doseMg = 70;
    p.start = today.addDays(-10);
    p.prescriber = doctor.staffId;
    p.reason = QStringLiteral("Substitutionsbehandling");
    PrescriptionRepository(data.db).insert(p);
    for (int day = -10; day <= -4; ++day) {
        DispensingRepository(data.db).insert(
            {newId(), p.id, today.addDays(day), 70, DispensingStatus::Taken, 1, nurse.staffId, {}});
    }
    return client.id;
}

} // namespace

TEST_CASE("Screenshots of every screen in Danish", "[.screenshots]")
{
    auto &app = *qApp;
    REQUIRE(mestring::ui::installTranslations(app) == QLatin1StringView("da"));
    {
        // The demo centre a new installation gets (the same seed as app/gui).
        UiTestDatabase data(UiTestDatabase::Content::Empty);
        mestring::core::installDemoDatabase(
            data.db, mestring::core::DemoSize::Small, 20250101, mestring::core::Clock().today());
        const auto anne
            = mestring::core::StaffRepository(data.db).byUsername(QStringLiteral("anne"));
        REQUIRE(anne);
        const auto actor = mestring::core::Actor::fromStaff(*anne);
        const QString databaseName = QStringLiteral("mestring.sqlite");

        mestring::ui::LoginDialog login(data.auth, databaseName);
        login.setUsername(QStringLiteral("anne"));
        login.show();
        save(login, QStringLiteral("login.png"));
        login.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("x"));
        login.findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
        REQUIRE_FALSE(login.errorText().isEmpty());
        save(login, QStringLiteral("login-error.png"));
        login.hide();

        // "Forbind til server": the address the IT department gave, and a failed attempt.
        mestring::ui::ServerDialog server(
            QStringLiteral("postgresql://server.kommune.dk/rusmiddelcenter"));
        server.show();
        save(server, QStringLiteral("login-server.png"));
        server.setError(QCoreApplication::translate("mestring",
            "The server database %1 could not be reached. Check the address, that the server is "
            "running and reachable from this PC, and the user name and password.")
                            .arg(QStringLiteral("postgresql://server.kommune.dk/"
                                                "rusmiddelcenter")));
        save(server, QStringLiteral("login-server-error.png"));
        server.hide();

        mestring::ui::LoginDialog firstStart(data.auth, databaseName);
        firstStart.setHint(mestring::ui::LoginDialog::demoDatabaseHint(
            mestring::core::demoUsernames(), mestring::core::demoPassword()));
        firstStart.show();
        save(firstStart, QStringLiteral("login-first-start.png"));
        firstStart.hide();

        mestring::ui::MainWindow window(data.services(), actor, databaseName);
        window.resize(screenSize);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        window.showPage(PageId::Overview);
        REQUIRE(mestring::test::waitForOverview(*window.overviewPage()));
        save(window, QStringLiteral("main-overblik.png"));

        window.findClient();
        save(window, QStringLiteral("main-borgere.png"));

        auto *page = window.clientsPage();
        QTest::keyClicks(page->searchField(), QStringLiteral("han"));
        page->applySearchNow();
        save(window, QStringLiteral("main-borgere-search.png"));

        const QString withCourses = clientWithCourses(data, actor);
        REQUIRE_FALSE(withCourses.isEmpty());
        REQUIRE(page->openClient(withCourses));
        save(window, QStringLiteral("client-overview.png"));

        page->record()->tabs()->setCurrentWidget(page->record()->coursesTab());
        save(window, QStringLiteral("client-courses.png"));
        if (const auto *course = page->record()->coursesTab()->selectedCourse()) {
            mestring::ui::PhaseDialog phase(
                data.courses, actor, *course, mestring::core::Clock().today(), &window);
            phase.show();
            save(phase, QStringLiteral("course-phase.png"));
            mestring::ui::CourseEndDialog end(
                data.courses, actor, *course, mestring::core::Clock().today(), &window);
            end.show();
            end.accept();
            save(end, QStringLiteral("course-end-refused.png"));
        }
        {
            mestring::ui::CourseDialog request(data.courses, actor, withCourses,
                data.staff.list(actor), mestring::core::Clock().today(), &window);
            request.show();
            save(request, QStringLiteral("course-request.png"));
        }
        page->record()->tabs()->setCurrentIndex(0);

        {
            mestring::ui::ClientDialog dialog(data.clients, actor, mestring::core::Client {}, &window);
            dialog.show();
            QTest::keyClicks(dialog.firstNameField(), QStringLiteral("Jens"));
            QTest::keyClicks(dialog.lastNameField(), QStringLiteral("Mikkelsen"));
            QTest::keyClicks(dialog.cprField(), QStringLiteral("030482-1234"));
            save(dialog, QStringLiteral("client-new.png"));
            dialog.anonymousBox()->click();
            dialog.accept();
            save(dialog, QStringLiteral("client-new-anonymous-refused.png"));
        }

        window.showPage(PageId::Calendar);
        save(window, QStringLiteral("main-kalender.png"));
        window.hide();

        // The coordinator's overview: every therapist's caseload.
        {
            const auto hanne
                = mestring::core::StaffRepository(data.db).byUsername(QStringLiteral("hanne"));
            REQUIRE(hanne);
            mestring::ui::MainWindow coordinators(
                data.services(), mestring::core::Actor::fromStaff(*hanne), databaseName);
            coordinators.resize(screenSize);
            coordinators.show();
            REQUIRE(QTest::qWaitForWindowExposed(&coordinators));
            REQUIRE(coordinators.showPage(PageId::Overview));
            REQUIRE(mestring::test::waitForOverview(*coordinators.overviewPage()));
            save(coordinators, QStringLiteral("main-overblik-koordinator.png"));
        }

        // Medicin, as the demo nurse sees it in the morning, and as the demo doctor.
        const auto mette
            = mestring::core::StaffRepository(data.db).byUsername(QStringLiteral("mette"));
        const auto ole = mestring::core::StaffRepository(data.db).byUsername(QStringLiteral("ole"));
        REQUIRE(mette);
        REQUIRE(ole);
        const auto nurse = mestring::core::Actor::fromStaff(*mette);
        const auto doctor = mestring::core::Actor::fromStaff(*ole);
        const QString blockedClient = addBlockedClient(data, doctor, nurse);
        {
            mestring::ui::MainWindow nurses(data.services(), nurse, databaseName);
            nurses.resize(screenSize);
            nurses.show();
            REQUIRE(QTest::qWaitForWindowExposed(&nurses));
            REQUIRE(nurses.showPage(PageId::Medication));
            auto *medication = nurses.findChild<mestring::ui::MedicationPage *>();
            REQUIRE(medication);
            REQUIRE(medication->model()->rowCount() > 0);
            save(nurses, QStringLiteral("main-medicin.png"));
            // The sheet for signatures; docs/screenshots/dispensing-sheet.png is made from it
            // with: pdftoppm -png -r 60 -singlefile /tmp/mestring-dispensing-sheet.pdf ...
            REQUIRE(medication->sheet().writePdf(
                QDir::tempPath() + QStringLiteral("/mestring-dispensing-sheet.pdf")));
            int blocked = -1;
            for (int r = 0; r < medication->model()->rowCount() && blocked < 0; ++r) {
                if (medication->model()->rowAt(r).block.blocked) blocked = r;
            }
            REQUIRE(blocked >= 0); // Bjarne Aagaard missed the last three days
            medication->selectListRow(blocked);
            medication->recordCurrent(mestring::core::DispensingStatus::Taken);
            save(nurses, QStringLiteral("main-medicin-blocked.png"));
            const auto &row = medication->model()->rowAt(0);
            const auto settings = mestring::core::MedicationSettings::defaults();
            mestring::ui::DispensingDialog handOut(data.set.dispensings, nurse, row,
                medication->day(), mestring::core::DispensingStatus::HandedOut,
                medication->day(), settings, &nurses);
            handOut.show();
            save(handOut, QStringLiteral("medicin-handout.png"));
            mestring::ui::DispensingDialog withhold(data.set.dispensings, nurse, row,
                medication->day(), mestring::core::DispensingStatus::Withheld,
                medication->day(), settings, &nurses);
            withhold.show();
            withhold.accept();
            save(withhold, QStringLiteral("medicin-withhold-refused.png"));

            mestring::ui::MedicationTab tab(data.services(), doctor);
            tab.setClient(row.clientId, mestring::core::Clock().today());
            tab.resize(1100, 620);
            tab.show();
            save(tab, QStringLiteral("client-medicin.png"));
            // The doctor's medication overview of the blocked client; docs/screenshots/
            // medication-overview-N.png are made from it with:
            //   pdftoppm -png -r 60 /tmp/mestring-medication-overview.pdf \
            //       docs/screenshots/medication-overview
            mestring::ui::MedicationTab blockedTab(data.services(), doctor);
            blockedTab.resize(1100, 620);
            blockedTab.show();
            blockedTab.setClient(blockedClient, mestring::core::Clock().today());
            save(blockedTab, QStringLiteral("client-medicin-blocked.png"));
            REQUIRE(blockedTab.overview().writePdf(
                QDir::tempPath() + QStringLiteral("/mestring-medication-overview.pdf")));
            mestring::ui::PrescriptionDialog create(
                data.set.prescriptions, doctor, row.clientId, mestring::core::Clock().today(), &nurses);
            create.show();
            save(create, QStringLiteral("prescription-new.png"));
            mestring::ui::PrescriptionDialog change(
                data.set.prescriptions, doctor, row.prescription, mestring::core::Clock().today(), &nurses);
            change.show();
            save(change, QStringLiteral("prescription-change.png"));
            mestring::ui::MedicationTab nursesTab(data.services(), nurse);
            nursesTab.setClient(row.clientId, mestring::core::Clock().today());
            nursesTab.resize(1100, 620);
            nursesTab.show();
            save(nursesTab, QStringLiteral("client-medicin-nurse.png"));
        }

        // Administration is for managers only.
        std::optional<mestring::core::Actor> manager;
        for (const auto &member : mestring::core::StaffRepository(data.db).all()) {
            if (member.role == mestring::core::Role::Manager && member.active && !manager)
                manager = mestring::core::Actor::fromStaff(member);
        }
        REQUIRE(manager);
        mestring::ui::MainWindow managers(data.services(), *manager, databaseName);
        managers.resize(screenSize);
        managers.show();
        REQUIRE(QTest::qWaitForWindowExposed(&managers));
        REQUIRE(managers.showPage(PageId::Administration));
        save(managers, QStringLiteral("main-administration.png"));
        auto *administration = managers.findChild<mestring::ui::AdministrationPage *>();
        REQUIRE(administration);
        // Backup: two backups in a folder of their own (the setting is this test's).
        QTemporaryDir backups;
        REQUIRE(backups.isValid());
        mestring::ui::BackupSettings::setFolder(backups.path());
        {
            auto *panel = administration->backupPanel();
            REQUIRE(panel);
            administration->tabs()->setCurrentWidget(panel);
            mestring::core::BackupService backupService(data.db, data.log, data.set.clock);
            backupService.backup(*manager, backups.path());
            backupService.backup(*manager, backups.path());
            panel->refresh();
            panel->backupList()->setCurrentRow(1);
            save(managers, QStringLiteral("administration-backup.png"));
        }
        mestring::ui::BackupSettings::setFolder(QString());
        {
            auto *panel = administration->accessLogPanel();
            REQUIRE(panel);
            administration->tabs()->setCurrentWidget(panel);
            const QString client = clientWithCourses(data, *manager);
            REQUIRE(!client.isEmpty());
            const auto chosen = data.clients.get(*manager, client);
            panel->clientField()->setText(chosen.cpr);
            panel->fromField()->setDate(mestring::core::Clock().today().addYears(-1));
            REQUIRE(panel->search());
            save(managers, QStringLiteral("administration-accesslog.png"));
            // docs/screenshots/seen-by.png: pdftoppm -png -r 60 -singlefile
            // /tmp/mestring-seen-by.pdf
            REQUIRE(panel->seenByList().writePdf(
                QDir::tempPath() + QStringLiteral("/mestring-seen-by.pdf")));
        }
        {
            // Kassation with two clients whose only course ended in 2012: one disposed of,
            // the other chosen.
            for (const auto &[id, name] : {std::pair {"1", "Poul"}, std::pair {"2", "Inger"}}) {
                mestring::core::Dataset old = mestring::test::oldClientDataset();
                old.clients.front().id += QLatin1StringView(id);
                old.clients.front().cpr = QStringLiteral("010150-123") + QLatin1StringView(id);
                old.clients.front().firstName = QString::fromUtf8(name);
                old.courses.front().id += QLatin1StringView(id);
                old.courses.front().client = old.clients.front().id;
                mestring::core::Transaction t(data.db);
                mestring::core::insertDataset(data.db, old);
                t.commit();
            }
            auto *panel = administration->disposalPanel();
            REQUIRE(panel);
            administration->tabs()->setCurrentWidget(panel);
            panel->refresh();
            REQUIRE(panel->candidateTable()->model()->rowCount() > 1);
            panel->candidateTable()->selectRow(0);
            panel->setConfirmation([](const QString &) { return true; });
            REQUIRE(panel->disposeChosen());
            panel->candidateTable()->selectRow(0);
            save(managers, QStringLiteral("administration-disposal.png"));
        }
    }
    mestring::ui::removeTranslations(app);
}

// The Rapporter page needs a database file (its worker opens a connection of its own), so it
// gets a demo centre of its own. The Effektmål PDF is written to the temporary folder as
// report-effektmaal.pdf; turn it into PNG pages with
//     pdftoppm -png -r 60 /tmp/report-effektmaal.pdf docs/screenshots/report-effektmaal
TEST_CASE("Screenshots of Rapporter and the Effektmål report in Danish", "[.screenshots]")
{
    auto &app = *qApp;
    REQUIRE(mestring::ui::installTranslations(app) == QLatin1StringView("da"));
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        mestring::core::Database db(QStringLiteral("screenshots-reports"));
        db.open(dir.filePath(QStringLiteral("mestring.sqlite")));
        mestring::core::installDemoDatabase(
            db, mestring::core::DemoSize::Small, 20250101, mestring::core::Clock().today());
        mestring::core::ServiceSet set(db);
        std::optional<mestring::core::Actor> coordinator;
        for (const auto &member : mestring::core::StaffRepository(db).all()) {
            if (member.role == mestring::core::Role::Coordinator && member.active && !coordinator)
                coordinator = mestring::core::Actor::fromStaff(member);
        }
        REQUIRE(coordinator);
        mestring::ui::MainWindow window(
            mestring::ui::Services::of(set), *coordinator, QStringLiteral("mestring.sqlite"));
        window.resize(screenSize);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<mestring::ui::ReportsPage *>();
        REQUIRE(page);
        REQUIRE(window.showPage(PageId::Reports));
        REQUIRE(mestring::test::waitUntil([&] { return page->bundle().has_value(); }, 60000));
        // The committee's quarter: the last whole quarter, last year beside it, split by home
        // municipality and by age group.
        const QDate today = set.clock.today();
        const QDate quarter = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addMonths(-3);
        page->periodSelector()->setKind(mestring::ui::PeriodSelector::Kind::Quarter);
        page->periodSelector()->setYear(quarter.year());
        page->periodSelector()->setPart((quarter.month() - 1) / 3 + 1);
        page->setCompare(mestring::core::CompareMode::LastYear);
        page->setDimensions(
            {mestring::core::ReportDimension::Municipality, mestring::core::ReportDimension::AgeBand});
        REQUIRE(mestring::test::waitUntil(
            [&] { return page->bundle() && page->bundle()->report().from == quarter
                      && !page->bundle()->document.breakdowns.empty() && !page->worker()->isRunning(); },
            60000));
        save(window, QStringLiteral("main-rapporter.png"));
        page->tabs()->setCurrentIndex(1);
        save(window, QStringLiteral("main-rapporter-opdeling.png"));
        page->tabs()->setCurrentIndex(2);
        save(window, QStringLiteral("main-rapporter-grafer.png"));
        page->tabs()->setCurrentIndex(0);
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (page->model()->rowAt(r).indicator != QStringLiteral("treatment_guarantee_rate"))
                continue;
            std::unique_ptr<mestring::ui::MemberListDialog> list(page->createMemberDialog(r));
            REQUIRE(list);
            list->table()->sortByColumn(
                list->model()->columnOf(mestring::core::MemberColumn::DaysWaited), Qt::DescendingOrder);
            list->show();
            REQUIRE(QTest::qWaitForWindowExposed(list.get()));
            save(*list, QStringLiteral("rapporter-liste-garanti.png"));
        }

        mestring::ui::ReportPrintInfo info;
        info.printedOn = today;
        QFile pdf(QDir::temp().filePath(QStringLiteral("report-effektmaal.pdf")));
        REQUIRE(pdf.open(QIODevice::WriteOnly));
        pdf.write(mestring::ui::effectReportPdf(*page->bundle(), info));
    }
    mestring::ui::removeTranslations(app);
}
