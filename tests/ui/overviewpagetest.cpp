#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTableView>

#include "core/services/accessdetail.h"
#include "core/services/accesslog.h"
#include "core/services/caseloadservice.h"
#include "core/services/serviceerrors.h"
#include "ui/models/caseloadtablemodel.h"
#include "ui/views/overviewworker.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/views/overviewpage.h"
#include "ui/widgets/clientrecordwidget.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using mestring::test::waitForOverview;
namespace core = mestring::core;
namespace ui = mestring::ui;

namespace {

const QDate today(2026, 11, 23);

// A request registered `daysAgo` days before today, not started, for `responsible`.
QString request(
    UiTestDatabase &data, const core::Client &client, const QString &responsible, int daysAgo)
{
    core::Course course;
    course.client = client.id;
    course.responsible = responsible;
    course.requestDate = today.addDays(-daysAgo);
    return data.courses.create(data.therapist, course).id;
}

int rowOfClient(const QTableView *table, const QString &clientId)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(ui::CaseloadTableModel::ClientIdRole) == clientId)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The caseload model passes the model tester", "[ui][overview][model]")
{
    UiTestDatabase data;
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    request(data, client, data.therapist.staffId, 16);
    ui::CaseloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(
        data.set.caseload.overview(data.therapist, core::CaseloadQuery::own(data.therapist, today))
            .rows,
        today);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ui::CaseloadTableModel::FlagsColumn)
              .data()
              .toString()
              .contains(core::caseloadFlagTitle(core::CaseloadFlagKind::GuaranteeOverdue)));
    model.setRows({}, today);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A therapist's overview shows their own courses with flags, most urgent first",
    "[ui][overview]")
{
    UiTestDatabase data;
    const auto other = data.addStaff(QStringLiteral("s2"), QStringLiteral("Peter Lund"),
        core::Role::Therapist, QStringLiteral("peter"));
    const auto calm
        = data.addClient(QStringLiteral("Anders"), QStringLiteral("And"), QDate(1980, 1, 1), 1235);
    const auto late
        = data.addClient(QStringLiteral("Bent"), QStringLiteral("Bo"), QDate(1981, 2, 2), 1236);
    const auto notMine
        = data.addClient(QStringLiteral("Carl"), QStringLiteral("Cox"), QDate(1982, 3, 3), 1237);
    request(data, calm, data.therapist.staffId, 2);
    request(data, late, data.therapist.staffId, 20);
    request(data, notMine, other.staffId, 20);

    ui::OverviewPage page(data.services(), data.therapist);
    page.setToday(today);
    REQUIRE(waitForOverview(page));
    QTableView *table = page.table();
    CHECK(table->model()->rowCount() == 2);
    CHECK(rowOfClient(table, late.id) == 0);
    CHECK(rowOfClient(table, calm.id) == 1);
    CHECK(rowOfClient(table, notMine.id) == -1);
    CHECK(page.therapistFilter()->isHidden());

    // Only the overdue guarantee.
    const int overdue = page.flagFilter()->findData(
        core::caseloadFlagCode(core::CaseloadFlagKind::GuaranteeOverdue));
    REQUIRE(overdue >= 0);
    page.flagFilter()->setCurrentIndex(overdue);
    page.refresh();
    REQUIRE(waitForOverview(page));
    CHECK(table->model()->rowCount() == 1);
    CHECK(rowOfClient(table, late.id) == 0);
}

TEST_CASE(
    "A coordinator sees every therapist's caseload and filters by therapist", "[ui][overview]")
{
    UiTestDatabase data;
    const auto coordinator = data.addStaff(QStringLiteral("s9"), QStringLiteral("Karen Kok"),
        core::Role::Coordinator, QStringLiteral("karen"));
    const auto other = data.addStaff(QStringLiteral("s2"), QStringLiteral("Peter Lund"),
        core::Role::Therapist, QStringLiteral("peter"));
    const auto a
        = data.addClient(QStringLiteral("Anders"), QStringLiteral("And"), QDate(1980, 1, 1), 1235);
    const auto b
        = data.addClient(QStringLiteral("Bent"), QStringLiteral("Bo"), QDate(1981, 2, 2), 1236);
    request(data, a, data.therapist.staffId, 5);
    request(data, b, other.staffId, 5);

    ui::OverviewPage page(data.services(), coordinator);
    page.setToday(today);
    REQUIRE(waitForOverview(page));
    CHECK_FALSE(page.therapistFilter()->isHidden());
    CHECK(page.table()->model()->rowCount() == 2);
    page.therapistFilter()->setCurrentIndex(page.therapistFilter()->findData(other.staffId));
    page.refresh();
    REQUIRE(waitForOverview(page));
    CHECK(page.table()->model()->rowCount() == 1);
    CHECK(rowOfClient(page.table(), b.id) == 0);
}

TEST_CASE("Opening a guarantee flag shows the client's Forløb tab", "[ui][overview]")
{
    UiTestDatabase data;
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const QString courseId = request(data, client, data.therapist.staffId, 16);
    ui::MainWindow window(data.services(), data.therapist, QStringLiteral("test.sqlite"));
    window.show();
    auto *overview = window.findChild<ui::OverviewPage *>();
    REQUIRE(overview);
    overview->setToday(today);
    REQUIRE(waitForOverview(*overview));
    REQUIRE(overview->table()->model()->rowCount() == 1);
    overview->openRow(0);
    CHECK(window.currentPage() == ui::PageId::Clients);
    auto *record = window.clientsPage()->record();
    CHECK(record->clientId() == client.id);
    CHECK(record->tabs()->currentWidget()->objectName() == QStringLiteral("coursesTab"));
}

namespace {

// The access log's read entries of the overview (detail "overview") for `clientId`.
int overviewReads(UiTestDatabase &data, const QString &clientId)
{
    core::AccessLogQuery query;
    query.client = clientId;
    query.action = core::accessKindCode(core::AccessKind::Read);
    int reads = 0;
    for (const core::AccessLogEntry &entry : data.log.find(query))
        reads += entry.detail == core::accessDetail(core::AccessTopic::Overview) ? 1 : 0;
    return reads;
}

} // namespace

TEST_CASE("The Overblik shows at once that it is computing and fills in the rows when its worker "
          "is done, logging only then",
    "[ui][overview][worker]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    UiTestDatabase data(dir.filePath(QStringLiteral("centre.sqlite")));
    const auto coordinator = data.addStaff(QStringLiteral("s9"), QStringLiteral("Karen Kok"),
        core::Role::Coordinator, QStringLiteral("karen"));
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    request(data, client, data.therapist.staffId, 16);

    ui::OverviewPage page(data.services(), coordinator);
    QSignalSpy shown(&page, &ui::OverviewPage::overviewShown);
    page.setToday(today);
    CHECK(page.isComputing());
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.findChild<QLabel *>(QStringLiteral("caseloadSummary"))->text()
        == ui::OverviewPage::tr("Computing the overview …"));
    CHECK(overviewReads(data, client.id) == 0); // nothing seen yet

    REQUIRE(waitForOverview(page));
    CHECK(shown.count() == 1);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->rowAt(0).clientId == client.id);
    CHECK(page.model()
              ->index(0, ui::CaseloadTableModel::FlagsColumn)
              .data()
              .toString()
              .contains(core::caseloadFlagTitle(core::CaseloadFlagKind::GuaranteeOverdue)));
    CHECK(overviewReads(data, client.id) == 1);
}

TEST_CASE("An Overblik result asked for an earlier day is discarded, never shown or logged",
    "[ui][overview][worker]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    UiTestDatabase data(dir.filePath(QStringLiteral("centre.sqlite")));
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    request(data, client, data.therapist.staffId, 16); // 16 days before `today`: overdue

    ui::OverviewPage page(data.services(), data.therapist);
    QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
    QSignalSpy shown(&page, &ui::OverviewPage::overviewShown);
    page.setToday(today.addDays(-10)); // 6 days after the request: no flag yet
    page.setToday(today); // before the first result came back
    REQUIRE(waitForOverview(page));
    CHECK(shown.count() == 1);
    CHECK(resets.count() == 1);
    REQUIRE(page.model()->rowCount() == 1);
    const QString flags
        = page.model()->index(0, ui::CaseloadTableModel::FlagsColumn).data().toString();
    CHECK(flags.contains(core::caseloadFlagTitle(core::CaseloadFlagKind::GuaranteeOverdue)));
    CHECK(overviewReads(data, client.id) == 1);
    // Nothing late arrives afterwards.
    QTest::qWait(50);
    CHECK(shown.count() == 1);
}

TEST_CASE("The Overblik's worker delivers only the newest request, whoever asked earlier",
    "[ui][overview][worker]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    UiTestDatabase data(dir.filePath(QStringLiteral("centre.sqlite")));
    const auto coordinator = data.addStaff(QStringLiteral("s9"), QStringLiteral("Karen Kok"),
        core::Role::Coordinator, QStringLiteral("karen"));
    const auto other = data.addStaff(QStringLiteral("s2"), QStringLiteral("Peter Lund"),
        core::Role::Therapist, QStringLiteral("peter"));
    const auto mine
        = data.addClient(QStringLiteral("Anders"), QStringLiteral("And"), QDate(1980, 1, 1), 1235);
    const auto theirs
        = data.addClient(QStringLiteral("Bent"), QStringLiteral("Bo"), QDate(1981, 2, 2), 1236);
    request(data, mine, data.therapist.staffId, 5);
    request(data, theirs, other.staffId, 5);

    ui::OverviewWorker worker(data.services());
    QSignalSpy finished(&worker, &ui::OverviewWorker::finished);
    QSignalSpy failed(&worker, &ui::OverviewWorker::failed);
    worker.start(data.therapist, core::CaseloadQuery::own(data.therapist, today)); // earlier login
    worker.start(coordinator, core::CaseloadQuery::centre(today));
    REQUIRE(waitForOverview(worker));
    REQUIRE(finished.count() == 1);
    CHECK(failed.count() == 0);
    CHECK(finished.front().at(0).value<core::Actor>().staffId == coordinator.staffId);
    CHECK(finished.front().at(1).value<ui::OverviewFigures>().caseload.rows.size() == 2);

    // A therapist may not see the whole centre: the refusal comes back as a message.
    worker.start(data.therapist, core::CaseloadQuery::centre(today));
    REQUIRE(waitForOverview(worker));
    CHECK(finished.count() == 1);
    REQUIRE(failed.count() == 1);
    QString refusal;
    try {
        data.set.caseload.compute(data.therapist, core::CaseloadQuery::centre(today));
    } catch (const core::PermissionDenied &e) {
        refusal = e.message();
    }
    CHECK_FALSE(refusal.isEmpty());
    CHECK(failed.front().front().toString() == refusal);
}
