#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>

#include "core/domain/clock.h"
#include "core/services/clientservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/datasetstore.h"
#include "core/storage/transaction.h"
#include "support/sampledataset.h"
#include "ui/models/disposaltablemodels.h"
#include "ui/views/admin/disposalpanel.h"
#include "uitestdatabase.h"

using namespace mestring;
using mestring::test::UiTestDatabase;

namespace {

// Jens was registered today (kept for ten years from now); Ole's only course ended in 2012.
struct DisposalData
{
    UiTestDatabase data;
    core::Actor manager = data.addStaff(QStringLiteral("s2"), QStringLiteral("Lise Berg"),
        core::Role::Manager, QStringLiteral("lise"));
    core::Client jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const QString ole = QStringLiteral("c-old");

    DisposalData() { add(mestring::test::oldClientDataset()); }
    void add(const core::Dataset &dataset)
    {
        core::Transaction t(data.db);
        core::insertDataset(data.db, dataset);
        t.commit();
    }
};

QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
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
    REQUIRE(panel.candidateTable()->model()->rowCount() == 1);
    CHECK(panel.status().startsWith(QStringLiteral("1 client")));
    const QTableView *table = panel.candidateTable();
    CHECK(cell(table, 0, ui::DisposalCandidateModel::NameColumn) == QStringLiteral("Ole Gammel"));
    CHECK(cell(table, 0, ui::DisposalCandidateModel::CprColumn) == QStringLiteral("010150-1234"));
    CHECK(cell(table, 0, ui::DisposalCandidateModel::LastEntryColumn)
        == QStringLiteral("31-05-2012"));
    CHECK(cell(table, 0, ui::DisposalCandidateModel::KeptUntilColumn)
        == QStringLiteral("31-05-2022"));
    panel.candidateTable()->selectRow(0);
    CHECK(panel.disposeButton()->isEnabled());
}

TEST_CASE("A manager disposes of a client only after confirming what will be deleted",
    "[ui][administration][disposal]")
{
    DisposalData t;
    ui::DisposalPanel panel(t.data.services(), t.manager);
    QAbstractItemModelTester tester(
        panel.candidateTable()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.show();
    panel.refresh();
    panel.candidateTable()->selectRow(0);

    QString asked;
    panel.setConfirmation([&](const QString &question) {
        asked = question;
        return false;
    });
    CHECK_FALSE(panel.disposeChosen());
    CHECK(asked.contains(QStringLiteral("Ole Gammel (010150-1234)")));
    CHECK(asked.contains(QStringLiteral("31-05-2012")));
    CHECK(asked.contains(QStringLiteral("cannot be undone")));
    CHECK(t.data.clients.get(t.manager, t.ole).id == t.ole);

    panel.setConfirmation([](const QString &) { return true; });
    CHECK(panel.disposeChosen());
    CHECK_THROWS_AS(t.data.clients.get(t.manager, t.ole), core::NotFound);
    CHECK(t.data.clients.get(t.manager, t.jens.id).id == t.jens.id);
    CHECK(panel.status().contains(QStringLiteral("Ole Gammel")));
    CHECK(panel.candidateTable()->model()->rowCount() == 0);
    CHECK_FALSE(panel.disposeButton()->isEnabled());
    REQUIRE(panel.historyTable()->model()->rowCount() == 1);
    CHECK(cell(panel.historyTable(), 0, ui::DisposalHistoryModel::ByColumn)
        == QStringLiteral("Lise Berg"));
    CHECK(cell(panel.historyTable(), 0, ui::DisposalHistoryModel::ClientIdColumn) == t.ole);
    CHECK(cell(panel.historyTable(), 0, ui::DisposalHistoryModel::RecordsColumn)
        == QStringLiteral("3"));
}

TEST_CASE("A client who got a new entry after the list was made is refused before any question",
    "[ui][administration][disposal]")
{
    DisposalData t;
    ui::DisposalPanel panel(t.data.services(), t.manager);
    panel.show();
    panel.refresh();
    panel.candidateTable()->selectRow(0);
    core::Dataset note;
    note.notes = {{QStringLiteral("n-new"), t.ole, QString(), t.data.therapist.staffId,
        core::Clock().now(), core::NoteKind::Phone, QStringLiteral("Ringede.")}};
    t.add(note);

    bool asked = false;
    panel.setConfirmation([&](const QString &) { return asked = true; });
    CHECK_FALSE(panel.disposeChosen());
    CHECK_FALSE(asked);
    CHECK(panel.status().contains(QStringLiteral("must be kept until")));
    CHECK(t.data.clients.get(t.manager, t.ole).id == t.ole);
}
