#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/clientservice.h"
#include "ui/models/accesslogtablemodel.h"
#include "ui/print/seenbylist.h"
#include "ui/views/admin/accesslogpanel.h"
#include "ui/views/administrationpage.h"
#include "ui/widgets/datefield.h"
#include "uitestdatabase.h"

using namespace mestring;
using mestring::test::UiTestDatabase;

namespace {

struct LogData
{
    UiTestDatabase data;
    core::Actor manager = data.addStaff(QStringLiteral("s2"), QStringLiteral("Lise Berg"),
        core::Role::Manager, QStringLiteral("lise"));
    core::Client jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    core::Client eva
        = data.addClient(QStringLiteral("Eva"), QStringLiteral("Hansen"), QDate(1975, 5, 5), 1236);

    LogData()
    {
        data.clients.get(data.therapist, jens.id);
        data.clients.get(data.therapist, jens.id);
        data.clients.get(data.therapist, eva.id);
    }
};

} // namespace

TEST_CASE(
    "A manager searches the access log by client, staff member, period and use", "[ui][accesslog]")
{
    LogData t;
    ui::AccessLogPanel panel(t.data.services(), t.manager);
    QAbstractItemModelTester tester(
        panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.show();
    panel.clientField()->setText(QStringLiteral("010180-1235"));
    REQUIRE(panel.search());
    const int jensRows = panel.model()->rowCount();
    CHECK(jensRows >= 3); // created, read twice
    for (int r = 0; r < jensRows; ++r) {
        CHECK(panel.model()->index(r, ui::AccessLogTableModel::ClientColumn).data().toString()
            == QStringLiteral("Jens Hansen"));
    }

    panel.staffField()->setCurrentIndex(panel.staffField()->findData(t.data.therapist.staffId));
    panel.kindField()->setCurrentIndex(
        panel.kindField()->findData(core::accessKindCode(core::AccessKind::Read)));
    REQUIRE(panel.search());
    CHECK(panel.model()->rowCount() == 2);
    CHECK(panel.model()->index(0, ui::AccessLogTableModel::StaffColumn).data().toString()
        == QStringLiteral("Anne Holm"));

    panel.fromField()->setDate(core::Clock().today().addDays(1));
    REQUIRE(panel.search());
    CHECK(panel.model()->rowCount() == 0);
    CHECK_FALSE(panel.message().isEmpty());
}

TEST_CASE(
    "A client typed in the access-log search must match exactly one client", "[ui][accesslog]")
{
    LogData t;
    ui::AccessLogPanel panel(t.data.services(), t.manager);
    panel.show();
    panel.clientField()->setText(QStringLiteral("Hansen"));
    CHECK_FALSE(panel.search());
    CHECK(panel.message().contains(QStringLiteral("Several clients")));
    panel.clientField()->setText(QStringLiteral("Zacharias"));
    CHECK_FALSE(panel.search());
    CHECK(panel.message().contains(QStringLiteral("No client matches")));
}

TEST_CASE("A client's 'who has seen my data' list names every use and prints as PDF",
    "[ui][accesslog][print]")
{
    LogData t;
    ui::AccessLogPanel panel(t.data.services(), t.manager);
    panel.show();
    panel.clientField()->setText(QStringLiteral("050575-1236"));
    REQUIRE(panel.search());
    const ui::SeenByList list = panel.seenByList();
    CHECK(list.entryCount() >= 2);
    const QString html = list.html();
    CHECK(html.contains(QStringLiteral("Eva Hansen")));
    CHECK(html.contains(QStringLiteral("Anne Holm")));
    CHECK_FALSE(html.contains(QStringLiteral("Jens")));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("seen.pdf"));
    REQUIRE(list.writePdf(path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.readAll().startsWith("%PDF"));
}

TEST_CASE("The administration page shows backup, access log, the centre's details and disposal "
          "to managers",
    "[ui][administration][accesslog]")
{
    LogData t;
    ui::AdministrationPage page(t.data.services(), t.manager);
    CHECK(page.tabs()->count() == 6); // staff, backup, access log, medication, disposal, centre
    CHECK(page.centrePanel());
    CHECK(page.backupPanel());
    CHECK(page.accessLogPanel());
    CHECK(page.disposalPanel());
    const core::Actor coordinator = t.data.addStaff(QStringLiteral("s5"),
        QStringLiteral("Hanne Kjær"), core::Role::Coordinator, QStringLiteral("hanne"));
    ui::AdministrationPage coordinators(t.data.services(), coordinator);
    CHECK(coordinators.tabs()->count() == 2); // staff and the medication settings
    CHECK_FALSE(coordinators.backupPanel());
    CHECK_FALSE(coordinators.disposalPanel());
}

TEST_CASE("A manager sets how long the access log is kept and purges what is older",
    "[ui][accesslog][retention]")
{
    LogData t;
    ui::AccessLogPanel panel(t.data.services(), t.manager);
    CHECK(panel.retentionField()->value() == 6);
    CHECK(panel.retentionField()->maximum() == 60);
    panel.retentionField()->setValue(24);
    REQUIRE(panel.saveRetention());
    CHECK(t.data.set.accessLog.retentionMonths() == 24);

    bool asked = false;
    panel.setConfirmation([&asked](const QString &) {
        asked = true;
        return false;
    });
    CHECK(panel.purgeExpired() == -1);
    CHECK(asked);
    panel.setConfirmation([](const QString &) { return true; });
    CHECK(panel.purgeExpired() == 0); // everything is from today
    CHECK(t.data.log.firstBrokenEntry() == std::nullopt);
}
