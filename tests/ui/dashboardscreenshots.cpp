// The Rapporter page's quarterly trend, the list behind a number and the target dialog in
// Danish at 1366x768, written to docs/screenshots/. Hidden from the normal run; run it with:
//     QT_QPA_PLATFORM=offscreen ui_tests "[.screenshots]" -c "Screenshots of the trend*"
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/demo/demoinstaller.h"
#include "core/domain/clock.h"
#include "core/services/serviceset.h"
#include "core/storage/database.h"
#include "core/storage/staffrepository.h"
#include "ui/charts/trendpanel.h"
#include "ui/dialogs/memberlistdialog.h"
#include "ui/dialogs/targetdialog.h"
#include "ui/models/reporttablemodel.h"
#include "ui/translations.h"
#include "ui/views/mainwindow.h"
#include "ui/views/reportspage.h"
#include "uitesthelpers.h"

using namespace mestring;

namespace {

const QSize screenSize(1366, 768);

void saveShot(QWidget &widget, const QString &name)
{
    QTest::qWait(50);
    const QString dir = QStringLiteral(MESTRING_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    REQUIRE(widget.grab().save(QDir(dir).filePath(name)));
}

} // namespace

TEST_CASE("Screenshots of the trend, the list behind a number and the target dialog in Danish",
    "[.screenshots]")
{
    auto &app = *qApp;
    REQUIRE(ui::installTranslations(app) == QLatin1StringView("da"));
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        core::Database db(QStringLiteral("screenshots-dashboard"));
        db.open(dir.filePath(QStringLiteral("mestring.sqlite")));
        core::installDemoDatabase(db, core::DemoSize::Small, 20250101, core::Clock().today());
        core::ServiceSet set(db);
        std::optional<core::Actor> coordinator;
        for (const auto &member : core::StaffRepository(db).all()) {
            if (member.role == core::Role::Coordinator && member.active && !coordinator)
                coordinator = core::Actor::fromStaff(member);
        }
        REQUIRE(coordinator);
        ui::MainWindow window(
            ui::Services::of(set), *coordinator, QStringLiteral("mestring.sqlite"));
        window.resize(screenSize);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<ui::ReportsPage *>();
        REQUIRE(page);
        QSignalSpy trendEnded(page->trend(), &ui::TrendPanel::computationEnded);
        REQUIRE(window.showPage(ui::PageId::Reports));
        REQUIRE(test::waitUntil([&] { return page->bundle().has_value(); }, 60000));
        REQUIRE(test::waitUntil([&] { return trendEnded.count() > 0; }, 60000));
        page->tabs()->setCurrentWidget(page->trend());
        saveShot(window, QStringLiteral("main-rapporter-udvikling.png"));

        page->tabs()->setCurrentIndex(0);
        int row = 0;
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (page->model()->rowAt(r).indicator == QStringLiteral("alcohol_success_rate"))
                row = r;
        }
        page->table()->selectRow(row);
        std::unique_ptr<ui::MemberListDialog> list(page->createMemberDialog(row));
        REQUIRE(list);
        list->show();
        REQUIRE(QTest::qWaitForWindowExposed(list.get()));
        saveShot(*list, QStringLiteral("rapporter-liste.png"));
        list->hide();

        std::unique_ptr<ui::TargetDialog> targets(page->createTargetDialog());
        REQUIRE(targets);
        targets->show();
        REQUIRE(QTest::qWaitForWindowExposed(targets.get()));
        saveShot(*targets, QStringLiteral("rapporter-maal.png"));
    }
    ui::removeTranslations(app);
}
