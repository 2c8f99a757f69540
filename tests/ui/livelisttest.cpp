// Live lists (issue 17): a dose recorded at the other dispensing station shows in this
// station's open list within about a second, and the row this nurse had chosen and the message
// she was shown stay. The server's announcement (core::ChangeFeed, tested in the core suite on
// PostgreSQL) is played here by the feed's signal: the UI tests run on a file.
#include <catch2/catch.hpp>

#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/domain/ids.h"
#include "core/storage/changefeed.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"
#include "ui/enumtitles.h"
#include "ui/models/dispensinglistmodel.h"
#include "ui/views/medicationpage.h"
#include "uitestdatabase.h"

using namespace mestring;
using mestring::test::UiTestDatabase;
using mestring::ui::DispensingListModel;

namespace {

const QDate today(2025, 3, 12);

QString prescribe(const core::Database &db, const QString &client)
{
    core::Prescription p;
    p.id = core::newId();
    p.client = client;
    p.drug = core::Drug::Methadone;
    p.category = core::DrugCategory::Substitution;
    p.doseMg = 80;
    p.start = today.addDays(-30);
    p.prescriber = QStringLiteral("s1");
    core::PrescriptionRepository(db).insert(p);
    for (QDate d = p.start; d < today; d = d.addDays(1))
        core::DispensingRepository(db).insert(
            {core::newId(), p.id, d, 80, core::DispensingStatus::Taken, 1, QStringLiteral("s1"), {}});
    return p.id;
}

} // namespace

TEST_CASE("A dose recorded at another PC shows in the open dispensing list within a second, the "
          "chosen row and the message kept",
    "[ui][medication][live]")
{
    QTemporaryDir dir;
    UiTestDatabase data(dir.filePath(QStringLiteral("centre.sqlite")));
    data.setToday(today);
    const core::Actor nurse = data.addStaff(
        QStringLiteral("s2"), QStringLiteral("Mette Dahl"), core::Role::Nurse, QStringLiteral("mette"));
    const QString andersen = data.addClient(
        QStringLiteral("Ida"), QStringLiteral("Andersen"), QDate(1975, 5, 17), 1246).id;
    const QString hansen = data.addClient(
        QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235).id;
    const QString andersensMethadone = prescribe(data.db, andersen);
    prescribe(data.db, hansen);

    core::ChangeFeed feed(data.db);
    ui::Services services = data.services();
    services.changes = &feed;
    ui::MedicationPage page(services, nurse);
    page.resize(1200, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setDay(today);
    REQUIRE(page.model()->rowCount() == 2);
    page.selectListRow(1); // Jens Hansen
    // A refusal the nurse is reading stays while the list follows the other station.
    QTest::keyClick(page.table(), Qt::Key_T); // Hansen's dose, taken here
    page.selectListRow(1);
    QTest::keyClick(page.table(), Qt::Key_T); // recorded already: refused
    REQUIRE(page.message()->isVisible());
    const QString refusal = page.message()->text();
    const auto status = [&] {
        return page.model()->index(0, DispensingListModel::StatusColumn).data().toString();
    };
    const QString before = status();

    // The other station: its own connection to the same file.
    core::Database other(QStringLiteral("other-station"));
    other.open(data.db.location(), core::Database::OpenMode::MustExist);
    core::DispensingRepository(other).insert({core::newId(), andersensMethadone, today, 80,
        core::DispensingStatus::Taken, 1, QStringLiteral("s2"), {}});

    Q_EMIT feed.changed({QStringLiteral("dispensings")});
    CHECK(QTest::qWaitFor([&] { return status() != before; }, 1000));
    CHECK(status() == ui::dispensingStatusTitle(core::DispensingStatus::Taken));
    CHECK(page.table()->currentIndex().row() == 1);
    CHECK(page.model()->rowAt(1).clientId == hansen);
    CHECK(page.message()->text() == refusal);
}
