#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "core/domain/clock.h"
#include "core/exchange/importservice.h"
#include "core/reports/reportrows.h"
#include "core/services/serviceset.h"
#include "core/storage/database.h"
#include "ui/models/reporttablemodel.h"
#include "ui/print/effectreportprint.h"
#include "ui/reports/reportbundle.h"
#include "ui/reports/reportworker.h"
#include "ui/reporttitles.h"
#include "ui/views/reportspage.h"
#include "ui/widgets/periodselector.h"
#include "uitesthelpers.h"

namespace core = mestring::core;
namespace ui = mestring::ui;
using mestring::test::waitUntil;

namespace {

const QDate from(2025, 1, 1);
const QDate to(2025, 6, 30);

// A database file (the page's worker opens its own connection on it) holding the golden
// fixture `name` of tests/data/reports.
struct FixtureFile
{
    explicit FixtureFile(const QString &name)
        : db(QStringLiteral("reports-page-test"))
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

bool computed(ui::ReportsPage &page)
{
    QSignalSpy ended(&page, &ui::ReportsPage::computationEnded);
    page.compute();
    return waitUntil([&] { return ended.count() > 0; }, 30000) && page.bundle().has_value();
}

} // namespace

TEST_CASE(
    "The report table model shows every indicator row with its value and target", "[reports][ui]")
{
    FixtureFile data(QStringLiteral("targets.json"));
    const core::EffectReport report
        = data.set->reports.effectReport(core::Actor::system(), from, to);
    ui::ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReport(report);
    const std::vector<core::ReportRow> rows = core::reportRows(report);
    REQUIRE(model.rowCount() == int(rows.size()));
    bool sawTarget = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const core::ReportRow &row = rows[std::size_t(r)];
        const QModelIndex value = model.index(r, ui::ReportTableModel::ValueColumn);
        INFO(row.indicator.toStdString() << " " << row.breakdown.toStdString());
        CHECK(model.index(r, 0).data().toString() == ui::indicatorTitle(row.indicator));
        CHECK(value.data(ui::ReportTableModel::NumberRole).isValid() == row.value.has_value());
        if (row.value) CHECK(value.data(ui::ReportTableModel::NumberRole).toDouble() == *row.value);
        if (row.target) {
            sawTarget = true;
            CHECK(model.index(r, ui::ReportTableModel::TargetColumn)
                      .data(ui::ReportTableModel::NumberRole)
                      .toDouble()
                == *row.target);
        }
    }
    CHECK(sawTarget);
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE(
    "Lower is better for no-shows: a no-show rate at or under its target meets it", "[reports][ui]")
{
    core::ReportRow row;
    row.indicator = QStringLiteral("no_show_rate");
    row.breakdown = QStringLiteral("drug");
    row.value = 0.29;
    row.target = 0.29;
    CHECK(core::targetMet(row) == true);
    row.value = 0.30;
    CHECK(core::targetMet(row) == false);
    row.indicator = QStringLiteral("alcohol_success_rate");
    CHECK(core::targetMet(row) == true);
    row.target.reset();
    CHECK_FALSE(core::targetMet(row).has_value());
}

TEST_CASE("The Rapporter page computes off the GUI thread and shows the numbers of the effect "
          "report",
    "[reports][ui]")
{
    FixtureFile data(QStringLiteral("outcomes.json"));
    ui::ReportsPage page(ui::Services::of(*data.set), coordinator());
    page.periodSelector()->setCustom(from, to);
    QSignalSpy ended(&page, &ui::ReportsPage::computationEnded);
    page.compute();
    // compute() only starts the worker: the result arrives later through the event loop (the
    // thread itself may already have ended on a busy machine, so that is not asked).
    CHECK_FALSE(page.bundle().has_value());
    // Progress and cancel show only when the computation takes a moment.
    CHECK(page.progressBar()->isHidden());
    REQUIRE(waitUntil([&] { return ended.count() > 0; }, 30000));
    REQUIRE(page.bundle().has_value());
    CHECK(page.progressBar()->isHidden());

    const core::EffectReport expected
        = data.set->reports.effectReport(core::Actor::system(), from, to);
    CHECK(page.bundle()->report().from == from);
    CHECK(page.bundle()->report().to == to);
    const std::vector<core::ReportRow> rows = core::reportRows(expected);
    REQUIRE(page.model()->rowCount() == int(rows.size()));
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        const core::ReportRow &row = rows[std::size_t(r)];
        INFO(row.indicator.toStdString() << " " << row.breakdown.toStdString());
        CHECK(page.model()->index(r, ui::ReportTableModel::ValueColumn).data().toString()
            == ui::ReportTableModel::valueText(row));
        const QString basis
            = page.model()->index(r, ui::ReportTableModel::BasisColumn).data().toString();
        if (row.numerator && row.denominator) {
            CHECK(basis.contains(QString::number(*row.numerator)));
            CHECK(basis.contains(QString::number(*row.denominator)));
        } else {
            CHECK(basis.isEmpty());
        }
    }
    // One report per month for the monthly charts, each the same as computed alone.
    REQUIRE(page.bundle()->months.size() == 6);
    const core::EffectReport march = data.set->reports.effectReport(
        core::Actor::system(), QDate(2025, 3, 1), QDate(2025, 3, 31));
    CHECK(page.bundle()->months[2].noShow == march.noShow);
}

TEST_CASE("A therapist's report is refused with the service's message, and nothing is shown",
    "[reports][ui]")
{
    FixtureFile data(QStringLiteral("empty.json"));
    const core::Actor therapist {
        QStringLiteral("s1"), QStringLiteral("Anne Holm"), core::Role::Therapist, false};
    ui::ReportsPage page(ui::Services::of(*data.set), therapist);
    CHECK_FALSE(computed(page));
    CHECK(page.model()->rowCount() == 0);
    CHECK_FALSE(page.status()->text().isEmpty());
}

TEST_CASE("A cancelled report stops with ReportCancelled and destroying a running worker waits "
          "for it",
    "[reports][ui]")
{
    FixtureFile data(QStringLiteral("outcomes.json"));
    int calls = 0;
    CHECK_THROWS_AS(ui::computeReportBundle(data.set->reports, core::Actor::system(),
                        {from, to, {}, std::nullopt},
                        [&](int) { return ++calls < 3; }),
        core::ReportCancelled);
    CHECK(calls == 3);

    auto *worker = new ui::ReportWorker;
    worker->start(data.db.location(), core::Actor::system(), {from, to, {}, std::nullopt});
    delete worker; // cancels and joins; must not crash or leave the thread running
    SUCCEED();
}

TEST_CASE("The period selector's year, quarter and month give the right first and last day",
    "[reports][ui]")
{
    ui::PeriodSelector period;
    period.setToday(QDate(2026, 11, 23));
    CHECK(period.from() == QDate(2026, 1, 1));
    CHECK(period.to() == QDate(2026, 11, 23));
    period.setKind(ui::PeriodSelector::Kind::Quarter);
    period.setYear(2024);
    period.setPart(1);
    CHECK(period.from() == QDate(2024, 1, 1));
    CHECK(period.to() == QDate(2024, 3, 31));
    period.setKind(ui::PeriodSelector::Kind::Month);
    period.setPart(2);
    CHECK(period.from() == QDate(2024, 2, 1));
    CHECK(period.to() == QDate(2024, 2, 29));
    period.setKind(ui::PeriodSelector::Kind::Year);
    CHECK(period.to() == QDate(2024, 12, 31));
    CHECK(ui::monthsOf(QDate(2024, 1, 15), QDate(2024, 3, 3)).size() == 3);
    CHECK(ui::monthsOf(QDate(2024, 1, 15), QDate(2024, 3, 3)).back().first == QDate(2024, 3, 1));
    CHECK(ui::monthsOf(QDate(2020, 1, 1), QDate(2024, 1, 1)).empty());
}

TEST_CASE("The Effektmål report is a PDF of several pages", "[reports][ui]")
{
    FixtureFile data(QStringLiteral("outcomes.json"));
    const ui::ReportBundle bundle
        = ui::computeReportBundle(data.set->reports, core::Actor::system(), {from, to, {}, std::nullopt});
    const QByteArray pdf = ui::effectReportPdf(bundle, {QString(), QDate(2026, 11, 23)});
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
}
