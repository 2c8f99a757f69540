#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/domain/clock.h"
#include "core/reports/citizenplan.h"
#include "core/services/citizenplanservice.h"
#include "core/services/goalservice.h"
#include "core/services/registryservice.h"
#include "core/services/waitinglistservice.h"
#include "core/storage/courserepository.h"
#include "core/storage/registryrepository.h"
#include "recordtestdata.h"
#include "ui/dialogs/coursedialog.h"
#include "ui/dialogs/takeoffdialog.h"
#include "ui/dialogs/waitingentrydialog.h"
#include "ui/models/registryworklistmodel.h"
#include "ui/models/waitinglistmodel.h"
#include "ui/print/citizenplanprint.h"
#include "ui/print/registrylist.h"
#include "ui/views/intake/registrypanel.h"
#include "ui/views/intake/waitinglistpanel.h"
#include "ui/views/overviewpage.h"
#include "ui/widgets/datefield.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

namespace {

struct IntakeData
{
    UiTestDatabase data;
    QDate today = core::Clock().today();
    core::Actor intake = data.addStaff(
        QStringLiteral("s-intake"), QStringLiteral("Karen Vinther"), core::Role::Intake,
        QStringLiteral("karen"));
    core::Client jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
};

} // namespace

TEST_CASE("Intake staff put a relative on the waiting list by keyboard and take them off; the "
          "entry stays",
    "[ui][intake]")
{
    IntakeData d;
    ui::WaitingListPanel panel(d.data.services(), d.intake);
    panel.resize(1200, 600);
    REQUIRE(test::showActive(&panel));
    panel.refresh();
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(panel.offerList()->count() == core::enumCount<core::IndividualOffer>());
    panel.table()->setFocus();
    REQUIRE(withModal<ui::WaitingEntryDialog>(
        [&] { QTest::keySequence(panel.table(), QKeySequence::New); },
        [&](ui::WaitingEntryDialog *dialog) {
            REQUIRE(test::focusIsIn(dialog));
            CHECK(QApplication::focusWidget() == dialog->personField());
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Inge Hansen (mor), 20 30 40 50"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            CHECK_FALSE(dialog->isVisible());
        }));
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK(panel.model()->index(0, ui::WaitingListModel::NameColumn).data().toString()
        == QStringLiteral("Inge Hansen (mor), 20 30 40 50"));
    CHECK(panel.model()->index(0, ui::WaitingListModel::PositionColumn).data().toInt() == 1);

    panel.table()->setCurrentIndex(panel.model()->index(0, 1));
    REQUIRE(test::showActive(&panel));
    panel.table()->setFocus();
    REQUIRE(test::focusIsIn(&panel));
    REQUIRE(withModal<ui::TakeOffDialog>(
        [&] { QTest::keySequence(panel.table(), QKeySequence::Delete); },
        [&](ui::TakeOffDialog *dialog) {
            dialog->reasonField()->setCurrentIndex(1); // offered a time
            dialog->accept();
        }));
    CHECK(panel.model()->rowCount() == 0);
    panel.showTakenOff()->setChecked(true);
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK_FALSE(panel.model()->index(0, ui::WaitingListModel::TakenOffColumn).data().toString().isEmpty());
}

TEST_CASE("The registry worklist marks an event reported with I and undoes the mark", "[ui][intake]")
{
    IntakeData d;
    // Requested and started 40 days ago (NAB: overdue once the next month has ended).
    test::addCourse(d.data, d.jens.id, d.today.addDays(-70));
    ui::RegistryPanel panel(d.data.services(), d.intake);
    panel.resize(1300, 600);
    REQUIRE(test::showActive(&panel));
    panel.refresh();
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(panel.model()->rowCount() == 2);
    CHECK(panel.model()->itemAt(0).state == core::RegistryState::Overdue);
    CHECK(panel.summaryText().startsWith(QStringLiteral("2 overdue")));
    panel.table()->setFocus();
    QTest::keyClick(panel.table(), Qt::Key_I);
    CHECK(panel.model()->rowCount() == 1);
    CHECK(core::RegistryRepository(d.data.db).all().size() == 1);

    panel.showReported()->setChecked(true);
    const int reportedRow = panel.model()->rowCount() - 1;
    CHECK(panel.model()->itemAt(reportedRow).state == core::RegistryState::Reported);
    panel.table()->setCurrentIndex(panel.model()->index(reportedRow, 0));
    CHECK(panel.undoMark(false));
    CHECK(core::RegistryRepository(d.data.db).all().empty());

    const QString html = ui::registryListHtml(panel.model()->items(), d.today);
    CHECK(html.contains(QStringLiteral("Hansen")));
    CHECK(html.contains(QStringLiteral("Overdue")));
}

TEST_CASE("The Overblik tells intake staff what is due to the registers, not therapists",
    "[ui][intake]")
{
    IntakeData d;
    test::addCourse(d.data, d.jens.id, d.today.addDays(-70));
    ui::OverviewPage intakeView(d.data.services(), d.intake);
    intakeView.refresh();
    REQUIRE(test::waitForOverview(intakeView));
    CHECK(intakeView.registryNotice()->isVisibleTo(&intakeView));
    CHECK(intakeView.registryNotice()->text().contains(QStringLiteral("2 overdue")));
    ui::OverviewPage therapistView(d.data.services(), d.data.therapist);
    therapistView.refresh();
    REQUIRE(test::waitForOverview(therapistView));
    CHECK_FALSE(therapistView.registryNotice()->isVisibleTo(&therapistView));
}

TEST_CASE("The course dialog says when the register will merge the new course with the last one",
    "[ui][intake]")
{
    IntakeData d;
    core::Course ended = test::addCourse(d.data, d.jens.id, d.today.addDays(-120));
    d.data.courses.end(d.data.therapist, ended.id, d.today.addDays(-10),
        core::EndReason::Completed, core::Outcome::Abstinent);
    ui::CourseDialog dialog(d.data.courses, d.intake, d.jens.id, {}, d.today);
    dialog.setRegistryContext(d.data.courses.forClient(d.intake, d.jens.id), false);
    CHECK_FALSE(dialog.mergeNotice().isEmpty()); // requested today: 10 days after the end
    dialog.requestDateField()->setDate(d.today.addDays(1));
    CHECK(dialog.mergeNotice().isEmpty());
}

TEST_CASE("Borgerens plan holds the goals in the client's words and the appointments, and no "
          "scores, codes or journal text; making it is logged as a print",
    "[ui][intake][print]")
{
    IntakeData d;
    core::Course course = test::addCourse(d.data, d.jens.id, d.today.addMonths(-1));
    core::Goal goal;
    goal.course = course.id;
    goal.theme = core::Theme::Health;
    goal.text = QStringLiteral("Sove hele natten igennem");
    goal.measure = QStringLiteral("Jeg vågner højst én gang om natten");
    goal.deadline = d.today.addMonths(3);
    goal.baselineScore = 3;
    goal.targetScore = 1;
    goal.subgoals = {{QStringLiteral("Gå i seng før kl. 23"), d.today.addDays(14), QDate()}};
    d.data.set.goals.create(d.data.therapist, goal);
    core::Appointment next;
    next.course = course.id;
    next.staff = d.data.therapist.staffId;
    next.start = core::Clock::at(d.today.addDays(3), QTime(10, 0));
    next.location = QStringLiteral("Kontor 2");
    d.data.set.appointments.book(d.data.therapist, next);

    const core::CitizenPlan plan = d.data.set.citizenPlans.plan(d.data.therapist, d.jens.id);
    REQUIRE(plan.goals.size() == 1);
    REQUIRE(plan.appointments.size() == 1);
    const QString html = ui::CitizenPlanPrint(plan).html();
    CHECK(html.contains(QStringLiteral("Sove hele natten igennem")));
    CHECK(html.contains(QStringLiteral("Gå i seng før kl. 23")));
    CHECK(html.contains(QStringLiteral("Kontor 2")));
    for (const char *never : {"VUM", "SUL", "SEL", "141", "0101", "score", "Score"})
        CHECK_FALSE(html.contains(QLatin1StringView(never)));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(ui::CitizenPlanPrint(plan).writePdf(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    int prints = 0;
    for (const core::AccessLogEntry &e : d.data.log.find({}))
        prints += e.action == QStringLiteral("print") && e.client == d.jens.id ? 1 : 0;
    CHECK(prints == 1);
}
