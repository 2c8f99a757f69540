#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>

#include "core/services/clientservice.h"
#include "core/services/serviceerrors.h"
#include "ui/models/disposaltablemodels.h"
#include "ui/views/admin/disposalpanel.h"
#include "uitestdatabase.h"

using namespace mestring;
using mestring::test::UiTestDatabase;

namespace {

struct DisposalData
{
    UiTestDatabase data;
    core::Actor manager = data.addStaff(QStringLiteral("s2"), QStringLiteral("Lise Berg"),
        core::Role::Manager, QStringLiteral("lise"));
    core::Client jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    core::Client eva
        = data.addClient(QStringLiteral("Eva"), QStringLiteral("Holm"), QDate(1975, 5, 5), 1236);
    // Both were registered today: their records are kept until ten years from now.
    const QDate afterRetention = QDate::currentDate().addYears(10).addDays(1);
};

int rowOf(const QTableView *table, const QString &clientId)
{
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(ui::DisposalCandidateModel::ClientIdRole)
            == clientId)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("The disposal panel lists only clients whose records have been kept 10 years",
    "[ui][administration][disposal]")
{
    DisposalData t;
    ui::DisposalPanel panel(t.data.services(), t.manager);
    QAbstractItemModelTester tester(
        panel.candidateTable()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.show();
    CHECK(panel.candidateTable()->model()->rowCount() == 0);
    CHECK_FALSE(panel.disposeButton()->isEnabled());

    panel.refresh();
    CHECK(panel.candidateTable()->model()->rowCount() == 0);
    CHECK(panel.status().startsWith(QStringLiteral("0 client")));

    panel.setToday(t.afterRetention);
    panel.refresh();
    CHECK(panel.candidateTable()->model()->rowCount() == 2);
    const int jens = rowOf(panel.candidateTable(), t.jens.id);
    REQUIRE(jens >= 0);
    const auto model = panel.candidateTable()->model();
    CHECK(model->index(jens, ui::DisposalCandidateModel::NameColumn).data().toString()
        == QStringLiteral("Jens Hansen"));
    CHECK(model->index(jens, ui::DisposalCandidateModel::CprColumn).data().toString()
        == QStringLiteral("010180-1235"));
    CHECK(model->index(jens, ui::DisposalCandidateModel::KeptUntilColumn).data().toString()
        == t.afterRetention.addDays(-1).toString(QStringLiteral("dd-MM-yyyy")));
    panel.candidateTable()->selectRow(jens);
    CHECK(panel.disposeButton()->isEnabled());
}

TEST_CASE("A manager disposes of a client only after confirming what will be deleted",
    "[ui][administration][disposal]")
{
    DisposalData t;
    ui::DisposalPanel panel(t.data.services(), t.manager);
    panel.show();
    panel.setToday(t.afterRetention);
    panel.refresh();
    panel.candidateTable()->selectRow(rowOf(panel.candidateTable(), t.jens.id));

    QString asked;
    panel.setConfirmation([&](const QString &question) {
        asked = question;
        return false;
    });
    CHECK_FALSE(panel.disposeChosen());
    CHECK(asked.contains(QStringLiteral("Jens Hansen")));
    CHECK(asked.contains(QStringLiteral("010180-1235")));
    CHECK(asked.contains(QStringLiteral("cannot be undone")));
    CHECK(t.data.clients.get(t.manager, t.jens.id).id == t.jens.id);

    panel.setConfirmation([](const QString &) { return true; });
    CHECK(panel.disposeChosen());
    CHECK_THROWS_AS(t.data.clients.get(t.manager, t.jens.id), core::NotFound);
    CHECK(t.data.clients.get(t.manager, t.eva.id).id == t.eva.id);
    CHECK(panel.status().contains(QStringLiteral("Jens Hansen")));
    CHECK(panel.candidateTable()->model()->rowCount() == 1);
    REQUIRE(panel.historyTable()->model()->rowCount() == 1);
    CHECK(panel.historyTable()
              ->model()
              ->index(0, ui::DisposalHistoryModel::ByColumn)
              .data()
              .toString()
        == QStringLiteral("Lise Berg"));
    CHECK(panel.historyTable()
              ->model()
              ->index(0, ui::DisposalHistoryModel::ClientIdColumn)
              .data()
              .toString()
        == t.jens.id);
}

TEST_CASE("A disposal refused by core changes nothing and says why",
    "[ui][administration][disposal]")
{
    DisposalData t;
    ui::DisposalPanel panel(t.data.services(), t.manager);
    panel.show();
    panel.setToday(t.afterRetention);
    panel.refresh();
    panel.candidateTable()->selectRow(rowOf(panel.candidateTable(), t.eva.id));
    panel.setConfirmation([](const QString &) { return true; });
    // Between the list and the confirmation the day moves back inside the period.
    panel.setToday(QDate::currentDate());
    CHECK_FALSE(panel.disposeChosen());
    CHECK(panel.status().contains(QStringLiteral("must be kept until")));
    CHECK(t.data.clients.get(t.manager, t.eva.id).id == t.eva.id);
}
