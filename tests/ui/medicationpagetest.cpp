#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QTableView>
#include <QTest>

#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/services/dispensingservice.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/models/dispensinglistmodel.h"
#include "ui/views/medicationpage.h"
#include "medicationtestdata.h"

using namespace mestring;
using mestring::test::MedicationData;
using mestring::test::ShownPage;
using mestring::ui::DispensingListModel;
using mestring::ui::MedicationPage;


TEST_CASE("The dispensing list shows every client due a dose, name, birth date and dose",
    "[ui][medication]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-1));
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    ShownPage shown(m);
    REQUIRE(shown.page.model()->rowCount() == 2);
    CHECK(shown.cell(0, DispensingListModel::ClientColumn) == QStringLiteral("Ida Andersen"));
    CHECK(shown.cell(0, DispensingListModel::BirthDateColumn) == QStringLiteral("17-05-1975"));
    CHECK(shown.cell(1, DispensingListModel::ClientColumn) == QStringLiteral("Jens Hansen"));
    CHECK(shown.cell(1, DispensingListModel::DoseColumn).startsWith(QStringLiteral("80")));
    const QFont big = shown.page.model()
                          ->index(0, DispensingListModel::DoseColumn)
                          .data(Qt::FontRole)
                          .value<QFont>();
    CHECK(big.bold());
    CHECK(big.pointSizeF() > QFont().pointSizeF());
}

TEST_CASE("Pressing T records the dose as taken, updates the row and moves to the next",
    "[ui][medication]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-1));
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    ShownPage shown(m);
    shown.page.selectListRow(0);
    QTest::keyClick(shown.page.table(), Qt::Key_T);
    CHECK(shown.cell(0, DispensingListModel::StatusColumn)
        == ui::dispensingStatusTitle(core::DispensingStatus::Taken));
    CHECK(shown.currentRow() == 1);
    const auto stored = core::DispensingRepository(m.data.db).forPrescription(m.andersensMethadone);
    REQUIRE_FALSE(stored.empty());
    CHECK(stored.back().date == m.today);
    CHECK(stored.back().staff == m.nurse.staffId);

    QTest::keyClick(shown.page.table(), Qt::Key_N); // Hansen refuses
    CHECK(shown.cell(1, DispensingListModel::StatusColumn)
        == ui::dispensingStatusTitle(core::DispensingStatus::Refused));
    // Pressing T again on a recorded row is refused by the service: nothing is stored twice.
    shown.page.selectListRow(0);
    QTest::keyClick(shown.page.table(), Qt::Key_T);
    CHECK(core::DispensingRepository(m.data.db).forPrescription(m.andersensMethadone).size()
        == stored.size());
    CHECK(shown.page.message()->isVisible());
}

TEST_CASE("A client who missed three substitution days cannot be given a dose and the list "
          "says why",
    "[ui][medication]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-4)); // the last three days missed
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    ShownPage shown(m);
    REQUIRE(shown.page.model()->rowCount() == 2);
    const QModelIndex hansen = shown.page.model()->index(1, 0);
    CHECK(hansen.data(DispensingListModel::BlockedRole).toBool());
    CHECK(shown.cell(1, DispensingListModel::FlagsColumn)
              .contains(ui::formatDate(m.today.addDays(-1))));
    shown.page.selectListRow(1);
    CHECK(shown.page.message()->text().contains(ui::formatDate(m.today.addDays(-1))));
    QTest::keyClick(shown.page.table(), Qt::Key_T);
    CHECK_FALSE(shown.page.model()->index(1, 0).data(DispensingListModel::RecordedRole).toBool());
    CHECK(shown.page.message()->isVisible());
    CHECK(shown.page.message()->text()
        == core::DispensingService::blockMessage(shown.page.model()->rowAt(1).block));
    CHECK(core::DispensingRepository(m.data.db).forPrescription(m.hansensMethadone).size() == 27);
    // Missed can still be registered.
    QTest::keyClick(shown.page.table(), Qt::Key_M);
    CHECK(shown.page.model()->index(1, 0).data(DispensingListModel::RecordedRole).toBool());
}

TEST_CASE("A take-home supply covering the weekend hides the covered days from the list",
    "[ui][medication]")
{
    MedicationData m;
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    // Hansen was handed three days' supply a week ago: the two days after it are covered.
    const QDate handedOut = m.today.addDays(-7);
    m.takenUpTo(m.hansensMethadone, handedOut.addDays(-1));
    m.store(m.hansensMethadone, handedOut, core::DispensingStatus::HandedOut, 3);
    for (QDate d = handedOut.addDays(3); d < m.today; d = d.addDays(1))
        m.store(m.hansensMethadone, d);
    ShownPage shown(m);
    shown.page.setDay(handedOut);
    REQUIRE(shown.page.model()->rowCount() == 2);
    CHECK(shown.cell(1, DispensingListModel::StatusColumn).contains(QStringLiteral("3")));
    shown.page.setDay(handedOut.addDays(1));
    REQUIRE(shown.page.model()->rowCount() == 1);
    CHECK(shown.cell(0, DispensingListModel::ClientColumn) == QStringLiteral("Ida Andersen"));
    shown.page.setDay(handedOut.addDays(2));
    CHECK(shown.page.model()->rowCount() == 1);
    shown.page.setDay(handedOut.addDays(3));
    CHECK(shown.page.model()->rowCount() == 2);
}

TEST_CASE("A therapist reads the dispensing list but cannot register doses", "[ui][medication]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-1));
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    MedicationPage page(m.data.services(), m.data.therapist);
    page.setDay(m.today);
    CHECK(page.model()->rowCount() == 2);
    CHECK_FALSE(page.recordAction(core::DispensingStatus::Taken)->isEnabled());
}
