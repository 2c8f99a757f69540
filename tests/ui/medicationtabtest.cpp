#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QHeaderView>
#include <QTableView>

#include "core/domain/ids.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"
#include "ui/charts/dosechartview.h"
#include "ui/dialogs/prescriptiondialog.h"
#include "ui/models/dispensinghistorymodel.h"
#include "ui/models/prescriptiontablemodel.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/medicationtab.h"
#include "uitestdatabase.h"

using namespace mestring;
using mestring::test::UiTestDatabase;
using mestring::ui::MedicationTab;

namespace {

// A client on daily supervised methadone 90 mg from 1 March 2025 to 10 March 2025: taken
// 1-7 March, 8 March recorded missed, 9 March nothing recorded, 10 March taken.
struct TabData
{
    UiTestDatabase data;
    core::Actor nurse = data.addStaff(QStringLiteral("s2"), QStringLiteral("Mette Dahl"),
        core::Role::Nurse, QStringLiteral("mette"));
    core::Actor doctor = data.addStaff(QStringLiteral("s3"), QStringLiteral("Ole Berg"),
        core::Role::Doctor, QStringLiteral("ole"));
    QString client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235)
              .id;
    QString methadone;
    const QDate today {2025, 3, 10};

    TabData()
    {
        core::Prescription p;
        p.id = core::newId();
        p.client = client;
        p.drug = core::Drug::Methadone;
        p.category = core::DrugCategory::Substitution;
        p.doseMg = 90;
        p.start = QDate(2025, 3, 1);
        p.prescriber = doctor.staffId;
        core::PrescriptionRepository(data.db).insert(p);
        methadone = p.id;
        for (int day = 1; day <= 10; ++day) {
            if (day == 9) continue;
            const auto status
                = day == 8 ? core::DispensingStatus::Missed : core::DispensingStatus::Taken;
            core::DispensingRepository(data.db).insert(
                {core::newId(), methadone, QDate(2025, 3, day), 90, status, 1, nurse.staffId, {}});
        }
        data.setToday(today);
    }
};

} // namespace

TEST_CASE("The Medicin tab shows the prescriptions, the dispensings and the missed doses in the "
          "chart as stored",
    "[ui][medication]")
{
    TabData t;
    MedicationTab tab(t.data.services(), t.nurse);
    QAbstractItemModelTester prescriptions(
        tab.prescriptionModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester history(
        tab.historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab.show();
    tab.setClient(t.client, t.today);
    CHECK(tab.objectName() == QStringLiteral("medicationTab"));
    CHECK(tab.prescriptionModel()->rowCount() == 1);
    CHECK(tab.historyModel()->rowCount() == 9);
    CHECK(tab.historyModel()->index(0, ui::DispensingHistoryModel::DateColumn).data().toString()
        == QStringLiteral("10-03-2025"));
    CHECK(tab.chart()->missedShown() == 2); // 8 March recorded missed, 9 March nothing
}

TEST_CASE("A nurse cannot prescribe: the buttons are greyed with the reason and the service "
          "refuses",
    "[ui][medication]")
{
    TabData t;
    MedicationTab tab(t.data.services(), t.nurse);
    tab.show();
    tab.setClient(t.client, t.today);
    CHECK_FALSE(tab.newButton()->isEnabled());
    CHECK_FALSE(tab.changeButton()->isEnabled());
    CHECK(tab.newButton()->toolTip().contains(QStringLiteral("doctor")));

    ui::PrescriptionDialog dialog(t.data.set.prescriptions, t.nurse, t.client, t.today);
    dialog.doseField()->setValue(60);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.generalMessage().isEmpty());
    CHECK(core::PrescriptionRepository(t.data.db).forClient(t.client).size() == 1);
}

TEST_CASE("A doctor's dose change ends the old prescription and starts the new one the next day",
    "[ui][medication]")
{
    TabData t;
    MedicationTab tab(t.data.services(), t.doctor);
    tab.show();
    tab.setClient(t.client, t.today);
    CHECK(tab.newButton()->isEnabled());
    CHECK(tab.changeButton()->isEnabled());
    ui::PrescriptionDialog dialog(
        t.data.set.prescriptions, t.doctor, tab.prescriptionModel()->prescriptionAt(0), t.today);
    dialog.doseField()->setValue(100);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto stored = core::PrescriptionRepository(t.data.db).forClient(t.client);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].end == t.today);
    CHECK(stored[1].start == t.today.addDays(1));
    CHECK(stored[1].doseMg == 100);
    tab.reload();
    CHECK(tab.prescriptionModel()->rowCount() == 2);
}

TEST_CASE("The Medicin tab reads nothing until it is shown, then the client's medication",
    "[ui][medication][lazy]")
{
    TabData t;
    MedicationTab tab(t.data.services(), t.nurse);
    core::AccessLogQuery aboutClient;
    aboutClient.client = t.client;
    const std::size_t logged = t.data.log.find(aboutClient).size();
    tab.setClient(t.client, t.today);
    CHECK_FALSE(tab.isLoaded());
    CHECK(tab.prescriptionModel()->rowCount() == 0);
    CHECK(t.data.log.find(aboutClient).size()
        == logged); // no read of the client's medication logged yet

    tab.show();
    CHECK(tab.isLoaded());
    CHECK(tab.prescriptionModel()->rowCount() == 1);
    CHECK(tab.historyModel()->rowCount() == 9);
    CHECK(t.data.log.find(aboutClient).size() > logged);

    // Another client while hidden: the first client's rows do not stay on the tab.
    tab.hide();
    const QString other
        = t.data
              .addClient(QStringLiteral("Eva"), QStringLiteral("Nielsen"), QDate(1975, 5, 5), 1236)
              .id;
    tab.setClient(other, t.today);
    CHECK_FALSE(tab.isLoaded());
    CHECK(tab.prescriptionModel()->rowCount() == 0);
    CHECK(tab.historyModel()->rowCount() == 0);
}

TEST_CASE("A long dispensing note is on one line in the history and whole in its tooltip",
    "[ui][medication]")
{
    TabData t;
    const QString note = QStringLiteral(
        "Borger ønsker at tale med lægen om dosis; virkede påvirket og fik ikke dosis i dag");
    core::DispensingRepository(t.data.db).insert({core::newId(), t.methadone, QDate(2025, 3, 9), 90,
        core::DispensingStatus::Withheld, 1, t.nurse.staffId, note});
    MedicationTab tab(t.data.services(), t.nurse);
    tab.resize(1100, 620);
    tab.show();
    tab.setClient(t.client, t.today);
    auto *history = tab.findChild<QTableView *>(QStringLiteral("dispensingHistory"));
    REQUIRE(history);
    const QModelIndex withNote
        = tab.historyModel()->index(1, ui::DispensingHistoryModel::NoteColumn);
    CHECK(withNote.data().toString() == note);
    CHECK(withNote.data(Qt::ToolTipRole).toString() == note);
    CHECK_FALSE(history->wordWrap());
    CHECK(history->horizontalHeader()->stretchLastSection());
    // Every column but the note fits: no horizontal scrolling to reach the note.
    CHECK(
        history->horizontalHeader()->sectionViewportPosition(ui::DispensingHistoryModel::NoteColumn)
        < history->viewport()->width() - 60);
}
