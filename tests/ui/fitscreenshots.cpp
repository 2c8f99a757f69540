// FIT, Borgerens plan, the Visitation page (waiting lists, registry worklist), the Overblik's
// registry notice and Administration > Centret, in Danish at 1366x768 with the small demo,
// into docs/screenshots/. Hidden like the other screenshots; run with:
//     QT_QPA_PLATFORM=offscreen ui_tests "[.screenshots]" -c "Screenshots of FIT*"
#include <catch2/catch.hpp>

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/domain/clock.h"
#include "core/demo/demoinstaller.h"
#include "core/domain/fitprogress.h"
#include "core/services/citizenplanservice.h"
#include "core/services/feedbackservice.h"
#include "core/storage/staffrepository.h"
#include "ui/charts/reportcharts.h"
#include "ui/dialogs/fitdialog.h"
#include "ui/dialogs/waitingentrydialog.h"
#include "ui/print/citizenplanprint.h"
#include "ui/reports/reportbundle.h"
#include "ui/translations.h"
#include "ui/views/admin/centrepanel.h"
#include "ui/views/administrationpage.h"
#include "ui/views/clientspage.h"
#include "ui/views/intake/registrypanel.h"
#include "ui/views/intake/waitinglistpanel.h"
#include "ui/views/intakepage.h"
#include "ui/views/mainwindow.h"
#include "ui/views/overviewpage.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/fitscaleeditor.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using namespace mestring;

namespace {

QString shotPath(const QString &name)
{
    const QString dir = QStringLiteral(MESTRING_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

void saveShot(QWidget &widget, const QString &name)
{
    QTest::qWait(80);
    REQUIRE(widget.grab().save(shotPath(name)));
}

core::Actor staffWithRole(const core::Database &db, core::Role role)
{
    for (const auto &member : core::StaffRepository(db).all()) {
        if (member.role == role && member.active && !member.username.isEmpty())
            return core::Actor::fromStaff(member);
    }
    FAIL("no demo staff member with the role");
    return {};
}

// Anne's client with the most FIT sessions on an open course.
std::pair<QString, QString> clientWithFit(UiTestDatabase &data, const core::Actor &anne)
{
    std::pair<QString, QString> best;
    std::size_t most = 0;
    for (const auto &client : data.clients.search(anne, QString(), 0, 400)) {
        for (const auto &course : data.courses.forClient(anne, client.id)) {
            if (!course.isOpen() || course.responsible != anne.staffId) continue;
            const auto sessions = core::fitSessions(data.set.feedback.forCourse(anne, course.id));
            if (sessions.size() > most) {
                most = sessions.size();
                best = {client.id, course.id};
            }
        }
    }
    return best;
}

} // namespace

TEST_CASE("Screenshots of FIT, Borgerens plan and the Visitation page in Danish", "[.screenshots]")
{
    auto &app = *qApp;
    REQUIRE(ui::installTranslations(app) == QLatin1StringView("da"));
    {
        UiTestDatabase data(UiTestDatabase::Content::Empty);
        const QDate today = core::Clock().today();
        core::installDemoDatabase(data.db, core::DemoSize::Small, 20250101, today);
        const core::Actor anne = core::Actor::fromStaff(
            *core::StaffRepository(data.db).byUsername(QStringLiteral("anne")));
        const auto [clientId, courseId] = clientWithFit(data, anne);
        REQUIRE_FALSE(clientId.isEmpty());

        {
            ui::MainWindow window(data.services(), anne, QStringLiteral("mestring.sqlite"));
            window.resize(QSize(1366, 768));
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            window.showPage(ui::PageId::Clients);
            REQUIRE(window.clientsPage()->openClient(clientId));
            window.clientsPage()->record()->showPlaceFor(core::CaseloadFlagKind::NoProgress, courseId);
            saveShot(window, QStringLiteral("client-fit.png"));

            // The FIT dialog as a therapist fills it in at today's session.
            core::Appointment session;
            session.course = courseId;
            session.staff = anne.staffId;
            session.start = core::Clock::at(today, QTime(8, 0));
            const QString id = data.set.appointments.book(anne, session).id;
            ui::FitDialog dialog(data.set.feedback, anne, {id, {}, {}},
                QStringLiteral("Borger, i dag kl. 08.00 (Individuel samtale)"), &window);
            const QStringList ors {QStringLiteral("5,5"), QStringLiteral("6"), QStringLiteral("4,8"),
                QStringLiteral("6,2")};
            for (int i = 0; i < 4; ++i)
                QTest::keyClicks(dialog.orsEditor()->itemEdit(i), ors[i]);
            const QStringList srs {QStringLiteral("9"), QStringLiteral("8,5"), QStringLiteral("8"),
                QStringLiteral("9")};
            for (int i = 0; i < 4; ++i)
                QTest::keyClicks(dialog.srsEditor()->itemEdit(i), srs[i]);
            dialog.show();
            REQUIRE(QTest::qWaitForWindowExposed(&dialog));
            saveShot(dialog, QStringLiteral("dialog-fit.png"));
            dialog.done(QDialog::Rejected);

            window.showPage(ui::PageId::Overview);
            REQUIRE(test::waitForOverview(*window.overviewPage()));
            saveShot(window, QStringLiteral("main-overblik-fit.png"));
        }

        // Borgerens plan: the pages as the citizen gets them, rendered from the PDF.
        const core::CitizenPlan plan = data.set.citizenPlans.plan(anne, clientId);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("borgerens-plan.pdf"));
        REQUIRE(ui::CitizenPlanPrint(plan).writePdf(pdf));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (!pdftoppm.isEmpty()) {
            QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"),
                                            QStringLiteral("70"), pdf,
                                            shotPath(QStringLiteral("borgerens-plan"))});
        }

        const core::Actor coordinator = staffWithRole(data.db, core::Role::Coordinator);
        {
            ui::MainWindow window(data.services(), coordinator, QStringLiteral("mestring.sqlite"));
            window.resize(QSize(1366, 768));
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            window.showPage(ui::PageId::Overview);
            REQUIRE(test::waitForOverview(*window.overviewPage()));
            saveShot(window, QStringLiteral("main-overblik-indberetning.png"));
            window.showPage(ui::PageId::Intake);
            ui::IntakePage *intake = window.intakePage();
            REQUIRE(intake);
            intake->waitingLists()->refresh();
            saveShot(window, QStringLiteral("main-visitation-ventelister.png"));
            intake->showRegistry();
            saveShot(window, QStringLiteral("main-visitation-indberetning.png"));

            core::WaitingListEntry entry;
            ui::WaitingEntryDialog add(data.set.waitingLists, data.clients, coordinator, entry,
                today, &window);
            add.personField()->setText(QStringLiteral("Birgit Lund (mor), 22 33 44 55"));
            add.show();
            REQUIRE(QTest::qWaitForWindowExposed(&add));
            saveShot(add, QStringLiteral("dialog-venteliste.png"));
            add.done(QDialog::Rejected);
        }

        // The FIT chart of the report for the last 12 months.
        const ui::ReportBundle bundle = ui::computeReportBundle(
            data.set.reports, coordinator, {today.addYears(-1).addDays(1), today, {}, {}});
        QChartView chart(ui::createReportChart(ui::ReportChart::Fit, bundle));
        chart.resize(640, 360);
        chart.show();
        REQUIRE(QTest::qWaitForWindowExposed(&chart));
        saveShot(chart, QStringLiteral("rapporter-fit.png"));

        const core::Actor manager = staffWithRole(data.db, core::Role::Manager);
        ui::AdministrationPage admin(data.services(), manager);
        admin.resize(1100, 600);
        admin.show();
        REQUIRE(QTest::qWaitForWindowExposed(&admin));
        admin.tabs()->setCurrentWidget(admin.centrePanel());
        saveShot(admin, QStringLiteral("administration-centret.png"));
    }
    ui::removeTranslations(app);
}
