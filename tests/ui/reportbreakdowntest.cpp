#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QFile>
#include <QLabel>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include "core/domain/clock.h"
#include "core/exchange/importservice.h"
#include "core/reports/membercolumns.h"
#include "core/reports/reporttitles.h"
#include "core/services/accesslog.h"
#include "core/services/serviceset.h"
#include "core/storage/database.h"
#include "support/xlsxreader.h"
#include "core/domain/enumtitles.h"
#include "ui/charts/reportcharts.h"
#include "ui/dialogs/memberlistdialog.h"
#include "ui/models/breakdowntablemodel.h"
#include "ui/models/membertablemodel.h"
#include "ui/models/reporttablemodel.h"
#include "ui/print/effectreportprint.h"
#include "ui/views/reportspage.h"
#include "ui/widgets/periodselector.h"
#include "uitesthelpers.h"

// Rapporter with breakdowns and a comparison on tests/data/reports/breakdowns.json (the
// numbers are worked out in its README).

namespace core = mestring::core;
namespace ui = mestring::ui;
using mestring::test::waitUntil;

namespace {

struct BreakdownFile
{
    BreakdownFile()
        : db(QStringLiteral("report-breakdown-test"))
    {
        REQUIRE(dir.isValid());
        db.open(dir.filePath(QStringLiteral("centre.sqlite")));
        QFile file(QStringLiteral(MESTRING_TEST_DATA "/reports/breakdowns.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        core::Clock clock;
        core::AccessLog log(db, clock);
        REQUIRE(core::ImportService(db, log).importDocument(core::Actor::system(), file.readAll()).ok());
        set.emplace(db);
        set->clock.set(QDateTime(QDate(2025, 4, 2), QTime(9, 0), core::Clock::zone()));
    }

    QTemporaryDir dir;
    core::Database db;
    std::optional<core::ServiceSet> set;
};

core::Actor coordinator()
{
    return {QStringLiteral("k1"), QStringLiteral("Karen Koordinator"), core::Role::Coordinator, false};
}

// The access-log entries of the coordinator, as (detail, client) pairs.
std::vector<std::pair<QString, QString>> coordinatorLog(BreakdownFile &data)
{
    core::Clock clock;
    core::AccessLogQuery query;
    query.actor = QStringLiteral("k1");
    std::vector<std::pair<QString, QString>> entries;
    for (const core::AccessLogEntry &e : core::AccessLog(data.db, clock).find(query))
        entries.emplace_back(e.detail, e.client);
    return entries;
}

qsizetype countLogged(BreakdownFile &data, const QString &detail)
{
    qsizetype n = 0;
    for (const auto &entry : coordinatorLog(data))
        n += entry.first == detail ? 1 : 0;
    return n;
}

// Runs `change` and waits for the computation it starts by itself.
bool recomputedAfter(ui::ReportsPage &page, const std::function<void()> &change)
{
    QSignalSpy ended(&page, &ui::ReportsPage::computationEnded);
    change();
    return waitUntil([&] { return ended.count() > 0; }, 30000) && page.bundle().has_value();
}

int rowOf(const QAbstractItemModel &model, const char *indicator, const char *breakdown, int role)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex index = model.index(r, 0);
        if (index.data(role).toString() == QLatin1StringView(indicator)
            && index.data(role + 1).toString() == QLatin1StringView(breakdown))
            return r;
    }
    return -1;
}

bool showsText(const QWidget &page, const QString &text)
{
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->text().contains(text)) return true;
    }
    return false;
}

} // namespace

TEST_CASE("Rapporter recomputes by itself when the period, breakdowns or comparison change, and "
          "its header, tables and print show the period computed",
    "[reports][ui][breakdown]")
{
    BreakdownFile data;
    ui::ReportsPage page(ui::Services::of(*data.set), coordinator());
    page.periodSelector()->setCustom(QDate(2024, 1, 1), QDate(2024, 3, 31));
    REQUIRE(recomputedAfter(page, [&] { page.compute(); }));
    CHECK(page.bundle()->report().from == QDate(2024, 1, 1));

    // A new period is computed without pressing anything; everything shows it together.
    REQUIRE(recomputedAfter(page,
        [&] { page.periodSelector()->setCustom(QDate(2025, 1, 1), QDate(2025, 3, 31)); }));
    CHECK(page.bundle()->report().from == QDate(2025, 1, 1));
    CHECK(page.bundle()->report().to == QDate(2025, 3, 31));
    CHECK(showsText(page, QStringLiteral("01-01-2025 – 31-03-2025")));
    CHECK_FALSE(showsText(page, QStringLiteral("01-01-2024 – 31-03-2024")));
    CHECK(page.breakdownTabs()->count() == 0);

    REQUIRE(recomputedAfter(page, [&] {
        page.setDimensions({core::ReportDimension::Municipality, core::ReportDimension::AgeBand});
    }));
    REQUIRE(page.breakdownTabs()->count() == 2);
    CHECK(page.breakdownTabs()->tabText(0) == core::dimensionTitle(core::ReportDimension::Municipality));
    auto *byMunicipality = qobject_cast<ui::BreakdownTableModel *>(page.breakdownTable(0)->model());
    REQUIRE(byMunicipality);
    QAbstractItemModelTester tester(byMunicipality, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Skive, Viborg, Ærø and the client without a municipality, in Danish order.
    REQUIRE(byMunicipality->columnCount() == ui::BreakdownTableModel::FirstGroupColumn + 4);
    const int viborg = ui::BreakdownTableModel::FirstGroupColumn + 1;
    CHECK(byMunicipality->headerData(viborg, Qt::Horizontal).toString() == QStringLiteral("Viborg"));
    CHECK(byMunicipality->headerData(viborg + 1, Qt::Horizontal).toString() == QStringLiteral("Ærø"));
    const int newCourses = rowOf(*byMunicipality, "new_courses", "all",
        ui::BreakdownTableModel::IndicatorIdRole);
    REQUIRE(newCourses >= 0);
    CHECK(byMunicipality->index(newCourses, ui::BreakdownTableModel::CentreColumn).data().toString() == QStringLiteral("3"));
    CHECK(byMunicipality->index(newCourses, viborg).data().toString() == QStringLiteral("2"));
    const int guarantee = rowOf(*byMunicipality, "treatment_guarantee_rate", "",
        ui::BreakdownTableModel::IndicatorIdRole);
    REQUIRE(guarantee >= 0);
    CHECK(byMunicipality->index(guarantee, viborg).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2")));
    CHECK(byMunicipality->index(guarantee, viborg).data().toString().endsWith(QStringLiteral("*")));

    // The comparison is a column with the change beside the value.
    REQUIRE(recomputedAfter(page, [&] { page.setCompare(core::CompareMode::LastYear); }));
    CHECK(page.model()->isCompared());
    CHECK_FALSE(page.table()->isColumnHidden(ui::ReportTableModel::ComparedColumn));
    CHECK_FALSE(page.table()->isColumnHidden(ui::ReportTableModel::ChangeColumn));
    const int drug = rowOf(*page.model(), "no_show_rate", "drug", ui::ReportTableModel::IndicatorIdRole);
    REQUIRE(drug >= 0);
    CHECK(page.model()->index(drug, ui::ReportTableModel::ChangeColumn).data(ui::ReportTableModel::NumberRole).toDouble()
        == Approx(0.5 - 2.0 / 3));
    const int families = rowOf(*page.model(), "families_reached", "", ui::ReportTableModel::IndicatorIdRole);
    REQUIRE(families >= 0);
    CHECK(page.model()->index(families, ui::ReportTableModel::BaselineColumn).data().toString() == QStringLiteral("12"));
    CHECK(page.model()->index(families, ui::ReportTableModel::TargetColumn).data().toString().contains(QStringLiteral("pro rata")));
    CHECK(showsText(page, QStringLiteral("01-01-2024 – 31-03-2024")));

    // The print has the same period, the breakdowns' appendices and the definitions.
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("r.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QStringList drawn;
    ui::paintEffectReport(writer, *page.bundle(), {QString(), QDate(2025, 4, 2)}, &drawn);
    const QString text = drawn.join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Period: 01-01-2025 – 31-03-2025")));
    CHECK_FALSE(text.contains(QStringLiteral("Period: 01-01-2024")));
    CHECK(text.contains(QStringLiteral("01-01-2024 – 31-03-2024"))); // compared with
    CHECK(text.contains(QStringLiteral("Appendix: by home municipality")));
    CHECK(text.contains(QStringLiteral("Appendix: by age group")));
    CHECK(text.contains(QStringLiteral("Ærø")));

    // Exported from the page: the same period, a sheet per breakdown.
    const QString xlsx = dir.filePath(QStringLiteral("rapport.xlsx"));
    CHECK(countLogged(data, QStringLiteral("exported effect_report as xlsx")) == 0);
    CHECK(page.exportTo(xlsx).isEmpty());
    CHECK(countLogged(data, QStringLiteral("exported effect_report as xlsx")) == 1);
    QFile workbook(xlsx);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    const mestring::test::XlsxBook book = mestring::test::readXlsx(workbook.readAll());
    INFO(book.error.toStdString());
    CHECK(book.sheets.size() == 3);
    const auto *period = book.cell(0, QStringLiteral("B2"));
    REQUIRE(period);
    CHECK(period->text == QStringLiteral("01-01-2025 – 31-03-2025"));
    CHECK(text.contains(core::indicatorDefinition(u"treatment_guarantee_rate")));
    CHECK((text.contains(QStringLiteral("50,0 % *")) || text.contains(QStringLiteral("50.0 % *"))));
}

TEST_CASE("A group's cell lists the group's own courses; the list sorts, prints and exports the "
          "coordinator's columns in the order shown",
    "[reports][ui][breakdown][drilldown]")
{
    BreakdownFile data;
    ui::ReportsPage page(ui::Services::of(*data.set), coordinator());
    page.periodSelector()->setCustom(QDate(2025, 1, 1), QDate(2025, 3, 31));
    page.setDimensions({core::ReportDimension::Municipality});
    REQUIRE(recomputedAfter(page, [&] { page.compute(); }));
    auto *model = qobject_cast<ui::BreakdownTableModel *>(page.breakdownTable(0)->model());
    REQUIRE(model);
    const int guarantee = rowOf(*model, "treatment_guarantee_rate", "", ui::BreakdownTableModel::IndicatorIdRole);
    const int viborg = ui::BreakdownTableModel::FirstGroupColumn + 1;
    std::unique_ptr<ui::MemberListDialog> dialog(page.createGroupMemberDialog(0, guarantee, viborg));
    REQUIRE(dialog);
    CHECK(dialog->model()->rowCount() == 2); // k1 and k2; k3 is Ærø's
    CHECK(dialog->summary()->text().contains(QStringLiteral("Viborg")));
    // Opening a group's list logs a read of each client in it, naming the group.
    CHECK(countLogged(data,
              QStringLiteral("report list treatment_guarantee_rate (municipality Viborg)"))
        == 2);

    // The whole centre's guarantee list: request, start, days waited and why it was late.
    std::unique_ptr<ui::MemberListDialog> all(page.createGroupMemberDialog(0, guarantee, ui::BreakdownTableModel::CentreColumn));
    REQUIRE(all);
    QAbstractItemModelTester tester(all->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(all->model()->rowCount() == 3);
    const int waited = all->model()->columnOf(core::MemberColumn::DaysWaited);
    const int reason = all->model()->columnOf(core::MemberColumn::DelayReason);
    REQUIRE(waited >= 0);
    REQUIRE(reason >= 0);
    CHECK(all->model()->columnOf(core::MemberColumn::Requested) >= 0);
    CHECK(all->model()->columnOf(core::MemberColumn::Start) >= 0);
    all->table()->sortByColumn(waited, Qt::DescendingOrder);
    const std::vector<core::MemberRow> shown = all->shownRows();
    REQUIRE(shown.size() == 3);
    CHECK(shown[0].courseId == QStringLiteral("k3")); // 21 days
    CHECK(shown[0].delayReason == QStringLiteral("Borgeren ønskede at vente til efter jul"));
    CHECK(shown[2].courseId == QStringLiteral("k1")); // 13 days
    CHECK(all->sorted()->index(0, waited).data().toLongLong() == 21);
    const QString html = all->html();
    CHECK(html.indexOf(QStringLiteral("Åse Øby")) < html.indexOf(QStringLiteral("Jens Hansen")));

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("liste.xlsx"));
    CHECK(all->exportTo(xlsx).isEmpty());
    QFile file(xlsx);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const mestring::test::XlsxBook book = mestring::test::readXlsx(file.readAll());
    INFO(book.error.toStdString());
    REQUIRE(book.sheets.size() == 1);
    const auto *header = book.cell(0, QStringLiteral("A6"));
    REQUIRE(header);
    CHECK(header->bold);
    const auto *firstClient = book.cell(0, QStringLiteral("A7"));
    REQUIRE(firstClient);
    CHECK(firstClient->text == QStringLiteral("Åse Øby"));
    const QString waitedColumn = QString(QChar(u'A' + waited));
    const auto *days = book.cell(0, waitedColumn + QStringLiteral("7"));
    REQUIRE(days);
    CHECK(days->isNumber);
    CHECK(days->number == 21);
    const QString requestedColumn = QString(QChar(u'A' + all->model()->columnOf(core::MemberColumn::Requested)));
    const auto *requested = book.cell(0, requestedColumn + QStringLiteral("7"));
    REQUIRE(requested);
    CHECK(requested->format == QStringLiteral("dd-mm-yyyy"));

    const QString csv = dir.filePath(QStringLiteral("liste.csv"));
    CHECK(all->exportTo(csv).isEmpty());
    // Each export of the list is logged for every client in it (3), before the file is written.
    CHECK(countLogged(data, QStringLiteral("exported member_list as xlsx")) == 3);
    CHECK(countLogged(data, QStringLiteral("exported member_list as csv")) == 3);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains(QStringLiteral("Åse Øby;").toUtf8()));
    CHECK(bytes.contains(";21;"));
}

TEST_CASE("The antabus episodes list each episode with its first and last day and length",
    "[reports][ui][drilldown]")
{
    BreakdownFile data;
    ui::ReportsPage page(ui::Services::of(*data.set), coordinator());
    page.periodSelector()->setCustom(QDate(2025, 1, 1), QDate(2025, 3, 31));
    REQUIRE(recomputedAfter(page, [&] { page.compute(); }));
    const int count = rowOf(*page.model(), "antabus_episodes", "count", ui::ReportTableModel::IndicatorIdRole);
    REQUIRE(count >= 0);
    std::unique_ptr<ui::MemberListDialog> dialog(page.createMemberDialog(count));
    REQUIRE(dialog);
    REQUIRE(dialog->model()->rowCount() == 1);
    const core::MemberRow &episode = dialog->model()->rowAt(0);
    CHECK(episode.first == QDate(2025, 1, 6));
    CHECK(episode.last == QDate(2025, 2, 14));
    CHECK(episode.episodeDays() == 40);
    CHECK(dialog->model()->columnOf(core::MemberColumn::EpisodeDays) >= 0);
}

TEST_CASE("The monthly no-show chart leaves out months without appointments of a kind and draws "
          "no line across them",
    "[reports][ui][charts]")
{
    BreakdownFile data;
    // Drug appointments in January and February 2024 and in February 2025 only.
    const ui::ReportBundle bundle = ui::computeReportBundle(data.set->reports, core::Actor::system(),
        {QDate(2024, 1, 1), QDate(2025, 3, 31), {}, std::nullopt});
    REQUIRE(bundle.months.size() == 15);
    std::unique_ptr<QChart> chart(ui::createReportChart(ui::ReportChart::NoShowByMonth, bundle));
    std::vector<std::vector<double>> drugRuns;
    for (QAbstractSeries *series : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line || line->name() != core::courseKindTitle(core::CourseKind::Drug)) continue;
        std::vector<double> months;
        for (const QPointF &point : line->points())
            months.push_back(point.x());
        drugRuns.push_back(months);
    }
    REQUIRE(drugRuns.size() == 2);
    CHECK(drugRuns[0] == std::vector<double> {0, 1}); // January and February 2024
    CHECK(drugRuns[1] == std::vector<double> {13}); // February 2025
    // Shown once in the legend.
    QChartView view(chart.release());
    view.resize(800, 400);
    view.show();
    QApplication::processEvents();
    int shown = 0;
    for (QLegendMarker *marker : view.chart()->legend()->markers()) {
        if (marker->label() == core::courseKindTitle(core::CourseKind::Drug) && marker->isVisible())
            ++shown;
    }
    CHECK(shown == 1);
}
