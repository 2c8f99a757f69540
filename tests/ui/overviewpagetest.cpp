#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTabWidget>
#include <QTableView>

#include "core/services/caseloadservice.h"
#include "ui/models/caseloadtablemodel.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/views/overviewpage.h"
#include "ui/widgets/clientrecordwidget.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
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
    CHECK_FALSE(page.therapistFilter()->isHidden());
    CHECK(page.table()->model()->rowCount() == 2);
    page.therapistFilter()->setCurrentIndex(page.therapistFilter()->findData(other.staffId));
    page.refresh();
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
    REQUIRE(overview->table()->model()->rowCount() == 1);
    overview->openRow(0);
    CHECK(window.currentPage() == ui::PageId::Clients);
    auto *record = window.clientsPage()->record();
    CHECK(record->clientId() == client.id);
    CHECK(record->tabs()->currentWidget()->objectName() == QStringLiteral("coursesTab"));
}
