#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QChart>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/domain/clock.h"
#include "core/exchange/importservice.h"
#include "core/reports/reportrows.h"
#include "core/services/serviceset.h"
#include "core/storage/database.h"
#include "ui/charts/trendchart.h"
#include "ui/charts/trendpanel.h"
#include "ui/dialogs/memberlistdialog.h"
#include "ui/dialogs/targetdialog.h"
#include "ui/models/membertablemodel.h"
#include "ui/models/reporttablemodel.h"
#include "ui/reports/reportworker.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/views/reportspage.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/periodselector.h"
#include "uitesthelpers.h"

// The Rapporter page's quarterly trend, the lists behind its numbers and the target dialog.

namespace core = mestring::core;
namespace ui = mestring::ui;
using mestring::test::waitUntil;

namespace {

const QDate from(2025, 1, 1);
const QDate to(2025, 6, 30);

// A database file (the page's workers open their own connections on it) holding the golden
// fixture `name` of tests/data/reports.
struct DashboardFixture
{
    explicit DashboardFixture(const QString &name)
        : db(QStringLiteral("dashboard-test"))
    {
        REQUIRE(dir.isValid());
        db.open(dir.filePath(QStringLiteral("centre.sqlite")));
        QFile file(QStringLiteral(MESTRING_TEST_DATA "/reports/") + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        core::Clock clock;
        core::AccessLog log(db, clock);
        REQUIRE(core::ImportService(db, log)
                    .importDocument(core::Actor::system(), file.readAll())
                    .ok());
        set.emplace(db);
    }

    QTemporaryDir dir;
    core::Database db;
    std::optional<core::ServiceSet> set;
};

core::Actor coordinator()
{
    return {
        QStringLiteral("k1"), QStringLiteral("Karen Koordinator"), core::Role::Coordinator, false};
}

// A page on the fixture with its report for [from, to] computed, and its trend.
void computePage(ui::ReportsPage &page)
{
    page.periodSelector()->setCustom(from, to);
    QSignalSpy ended(&page, &ui::ReportsPage::computationEnded);
    QSignalSpy trendEnded(page.trend(), &ui::TrendPanel::computationEnded);
    page.compute();
    REQUIRE(waitUntil([&] { return ended.count() > 0; }, 30000));
    REQUIRE(page.bundle().has_value());
    REQUIRE(waitUntil([&] { return trendEnded.count() > 0; }, 30000));
}

int rowOf(const ui::ReportTableModel &model, const QString &indicator, const QString &breakdown)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowAt(r).indicator == indicator && model.rowAt(r).breakdown == breakdown)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("The trend shows the chosen rate in 12 quarters with the target of each year",
    "[reports][ui][trend]")
{
    DashboardFixture data(QStringLiteral("contacts.json"));
    ui::ReportsPage page(ui::Services::of(*data.set), coordinator());
    computePage(page);
    ui::TrendPanel *trend = page.trend();
    REQUIRE(trend->quarters().size() == 12);
    CHECK(trend->quarters().back().to == to);

    // Choose the no-show rate as a whole, as the user would.
    QComboBox *combo = trend->indicatorCombo();
    const int at
        = combo->findData(QStringList {QStringLiteral("no_show_rate"), QStringLiteral("all")});
    REQUIRE(at >= 0);
    QSignalSpy ended(trend, &ui::TrendPanel::computationEnded);
    combo->setCurrentIndex(at);
    Q_EMIT combo->activated(at);
    REQUIRE(waitUntil([&] { return ended.count() > 0 || !trend->worker()->isRunning(); }, 30000));
    REQUIRE(waitUntil([&] { return !trend->worker()->isRunning(); }, 30000));
    QTest::qWait(20);

    const auto points
        = ui::trendPoints(trend->quarters(), QStringLiteral("no_show_rate"), QStringLiteral("all"));
    REQUIRE(points.size() == 12);
    const core::EffectReport q1 = data.set->reports.effectReport(
        core::Actor::system(), QDate(2025, 1, 1), QDate(2025, 3, 31));
    REQUIRE(points[10].value.has_value());
    CHECK(*points[10].value == *q1.noShow.all.value());

    // The chart: a point per quarter with a value, and the quarters as 12 categories.
    QChart *chart = trend->chartView()->chart();
    REQUIRE(chart);
    auto *actual = qobject_cast<QLineSeries *>(chart->series().value(0));
    REQUIRE(actual);
    int withValue = 0;
    for (const ui::TrendPoint &p : points)
        withValue += p.value ? 1 : 0;
    CHECK(actual->count() == withValue);
    const auto axes = chart->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    CHECK(static_cast<QBarCategoryAxis *>(axes.front())->count() == 12);
}

TEST_CASE("A trend chart of 12 quarters with values has 12 points and a step per year's target",
    "[reports][ui][trend]")
{
    std::vector<ui::TrendPoint> points;
    for (int q = 0; q < 12; ++q) {
        const QDate first = QDate(2023, 1, 1).addMonths(3 * q);
        points.push_back({first, first.addMonths(3).addDays(-1), 0.1 + 0.01 * q,
            first.year() == 2024 ? std::optional(0.2) : std::optional(0.15)});
    }
    std::unique_ptr<QChart> chart(ui::createTrendChart(points, QStringLiteral("Udeblivelser")));
    auto *actual = qobject_cast<QLineSeries *>(chart->series().value(0));
    REQUIRE(actual);
    CHECK(actual->count() == 12);
    // Three years with different targets: three dashed levels of two points per quarter.
    REQUIRE(chart->series().size() == 4);
    for (int i = 1; i < 4; ++i) {
        auto *level = qobject_cast<QLineSeries *>(chart->series().value(i));
        REQUIRE(level);
        CHECK(level->count() == 8);
    }
    CHECK(qobject_cast<QLineSeries *>(chart->series().value(2))->at(0).y() == Approx(20.0));
    CHECK(ui::quarterTitle(QDate(2024, 4, 1)).contains(QStringLiteral("2024")));
}

TEST_CASE("A number's list shows the courses behind it, logs the reads and opens a client",
    "[reports][ui][drilldown]")
{
    DashboardFixture data(QStringLiteral("courses.json"));
    ui::ReportsPage page(ui::Services::of(*data.set), coordinator());
    computePage(page);
    const int row = rowOf(*page.model(), QStringLiteral("ended_courses"), QStringLiteral("all"));
    REQUIRE(row >= 0);
    const qint64 expected = qint64(*page.model()->rowAt(row).value);
    REQUIRE(expected > 0);

    std::unique_ptr<ui::MemberListDialog> dialog(page.createMemberDialog(row));
    REQUIRE(dialog);
    QAbstractItemModelTester tester(
        dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog->model()->rowCount() == expected);
    CHECK_FALSE(dialog->model()->index(0, 0).data().toString().isEmpty());
    // A count: every course is in it, so there is no numerator to tell apart.
    CHECK(dialog->model()->columnOf(core::MemberColumn::Numerator) < 0);
    core::AccessLogQuery query;
    query.from = core::Clock().today();
    query.to = core::Clock().today();
    int reads = 0;
    for (const core::AccessLogEntry &entry : data.set->log.find(query))
        reads += entry.action == core::accessKindCode(core::AccessKind::Read) ? 1 : 0;
    CHECK(reads > 0);

    // Enter on a row closes the list with that row's client chosen.
    dialog->show();
    dialog->table()->setFocus();
    dialog->table()->setCurrentIndex(dialog->sorted()->index(1, 0));
    QTest::keyClick(dialog->table(), Qt::Key_Return);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(dialog->chosenClientId()
        == dialog->sorted()->index(1, 0).data(ui::MemberTableModel::ClientIdRole).toString());

    // A rate shows who is in the numerator; the list adds up to the report's numbers.
    const int rate = rowOf(*page.model(), QStringLiteral("alcohol_success_rate"), QString());
    REQUIRE(rate >= 0);
    std::unique_ptr<ui::MemberListDialog> rates(page.createMemberDialog(rate));
    REQUIRE(rates);
    CHECK(rates->model()->columnOf(core::MemberColumn::Numerator) >= 0);
    CHECK(rates->model()->rowCount() == *page.model()->rowAt(rate).denominator);
    CHECK(rates->summary()->text().contains(QString::number(*page.model()->rowAt(rate).numerator)));

    // The median wait lists the courses with the days each waited, and why a start was late.
    const int median = rowOf(*page.model(), QStringLiteral("waiting_days_median"), QString());
    REQUIRE(median >= 0);
    std::unique_ptr<ui::MemberListDialog> waits(page.createMemberDialog(median));
    REQUIRE(waits);
    const int guarantee
        = rowOf(*page.model(), QStringLiteral("treatment_guarantee_rate"), QString());
    CHECK(waits->model()->rowCount() == *page.model()->rowAt(guarantee).denominator);
    const int waited = waits->model()->columnOf(core::MemberColumn::DaysWaited);
    REQUIRE(waited >= 0);
    CHECK(waits->model()->columnOf(core::MemberColumn::Requested) >= 0);
    CHECK(waits->model()->columnOf(core::MemberColumn::DelayReason) >= 0);
}

TEST_CASE("The target dialog saves a rate typed in percent and the table shows the new target",
    "[reports][ui][targets]")
{
    DashboardFixture data(QStringLiteral("courses.json"));
    ui::ReportsPage page(ui::Services::of(*data.set), coordinator());
    computePage(page);
    CHECK_FALSE(page.targetsButton()->isHidden());
    std::unique_ptr<ui::TargetDialog> dialog(page.createTargetDialog());
    REQUIRE(dialog);
    dialog->choose(QStringLiteral("alcohol_success_rate"), QString());
    CHECK(dialog->yearSpin()->value() == 2025);
    dialog->baselineEdit()->setText(QStringLiteral("38,5"));
    dialog->targetEdit()->setText(QStringLiteral("45"));
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);

    const auto targets = data.set->targets.forYear(coordinator(), 2025);
    REQUIRE(targets.size() == 1);
    CHECK(targets.front().indicator == QStringLiteral("alcohol_success_rate"));
    CHECK(targets.front().breakdown.isNull());
    CHECK(*targets.front().baseline == Approx(0.385));
    CHECK(*targets.front().target == Approx(0.45));
    const int row = rowOf(*page.model(), QStringLiteral("alcohol_success_rate"), QString());
    REQUIRE(row >= 0);
    CHECK(page.model()->rowAt(row).target == Approx(0.45));

    // Opened again on the same indicator, it shows what is stored.
    ui::TargetDialog again(
        data.set->targets, coordinator(), QStringLiteral("alcohol_success_rate"), QString(), 2025);
    CHECK(again.targetEdit()->text() == QStringLiteral("45"));
    CHECK(again.removeButton()->isEnabled());
}

TEST_CASE("The target dialog refuses an empty target and a bad number, and stays open",
    "[reports][ui][targets]")
{
    DashboardFixture data(QStringLiteral("empty.json"));
    ui::TargetDialog dialog(data.set->targets, coordinator(), QStringLiteral("no_show_rate"),
        QStringLiteral("drug"), 2025);
    CHECK(dialog.breakdownCombo()->currentData().toString() == QStringLiteral("drug"));
    dialog.accept(); // nothing typed: core asks for a baseline or a target
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(
        QString(dialog.messageFor(QStringLiteral("target")) + dialog.generalMessage()).isEmpty());
    dialog.targetEdit()->setText(QStringLiteral("lav"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.messageFor(QStringLiteral("target")).isEmpty());
    dialog.targetEdit()->setText(QStringLiteral("140"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(data.set->targets.forYear(coordinator(), 2025).empty());

    // Without EditTargets there is no dialog and no button.
    const core::Actor therapist {
        QStringLiteral("s1"), QStringLiteral("Anne Holm"), core::Role::Therapist, false};
    ui::ReportsPage page(ui::Services::of(*data.set), therapist);
    CHECK(page.createTargetDialog() == nullptr);
    CHECK(page.targetsButton()->isHidden());
}

TEST_CASE("A client chosen in a list behind a number opens in Borgere", "[reports][ui][drilldown]")
{
    DashboardFixture data(QStringLiteral("courses.json"));
    ui::MainWindow window(ui::Services::of(*data.set), coordinator(), QStringLiteral("centre"));
    auto *page = window.findChild<ui::ReportsPage *>();
    REQUIRE(page);
    computePage(*page);
    const int row = rowOf(*page->model(), QStringLiteral("ended_courses"), QStringLiteral("all"));
    REQUIRE(row >= 0);
    std::unique_ptr<ui::MemberListDialog> dialog(page->createMemberDialog(row));
    REQUIRE(dialog);
    const QString client
        = dialog->model()->index(0, 0).data(ui::MemberTableModel::ClientIdRole).toString();
    REQUIRE_FALSE(client.isEmpty());
    Q_EMIT page->openClientRequested(client);
    CHECK(window.currentPage() == ui::PageId::Clients);
    auto *clients = window.findChild<ui::ClientsPage *>();
    REQUIRE(clients);
    CHECK(clients->isShowingRecord());
    CHECK(clients->record()->clientId() == client);
}
