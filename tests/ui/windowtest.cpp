// The main window on the screens centres have: first start, remembered size, never past the
// screen, and the page each role starts on.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>

#include "ui/session/windowplacement.h"
#include "ui/views/mainwindow.h"
#include "ui/views/reportspage.h"
#include "ui/widgets/periodselector.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using namespace mestring;

namespace {

struct PlacementFixture
{
    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    ui::WindowPlacement placement {settings};
};

} // namespace

TEST_CASE("At the first start the window is maximised on a 1366x768 screen and comfortably "
          "sized on a larger one",
    "[ui][window]")
{
    PlacementFixture f;
    QMainWindow small;
    f.placement.restore(small, QRect(0, 0, 1366, 738));
    CHECK(small.windowState().testFlag(Qt::WindowMaximized));
    QMainWindow tiny;
    f.placement.restore(tiny, QRect(0, 0, 1280, 690));
    CHECK(tiny.windowState().testFlag(Qt::WindowMaximized));

    QMainWindow large;
    const QRect fullHd(0, 0, 1920, 1050);
    f.placement.restore(large, fullHd);
    CHECK_FALSE(large.windowState().testFlag(Qt::WindowMaximized));
    CHECK(large.geometry().size() == QSize(1440, 900));
    CHECK(fullHd.contains(large.geometry()));
    CHECK(large.geometry().center() == fullHd.center());
}

TEST_CASE("The window comes back at the size it had, and never larger than the screen",
    "[ui][window]")
{
    PlacementFixture f;
    {
        QMainWindow window;
        window.setGeometry(100, 80, 1200, 700);
        f.placement.save(window);
    }
    QMainWindow again;
    f.placement.restore(again, QRect(0, 0, 1920, 1050));
    CHECK(again.geometry().size() == QSize(1200, 700));
    CHECK_FALSE(again.windowState().testFlag(Qt::WindowMaximized));
    QMainWindow smaller;
    f.placement.restore(smaller, QRect(0, 0, 1024, 600));
    CHECK(smaller.geometry().width() <= 1024);
    CHECK(smaller.geometry().height() <= 600);
}

TEST_CASE("Staff who work with courses start on their Overblik, administrative staff on Borgere",
    "[ui][window]")
{
    UiTestDatabase data;
    const auto role = [&](core::Role r, const char *id) {
        return data.addStaff(QLatin1StringView(id).toString(), QStringLiteral("X"), r,
            QLatin1StringView(id).toString());
    };
    for (const core::Actor &actor : {data.therapist, role(core::Role::Nurse, "n"),
             role(core::Role::Doctor, "d"), role(core::Role::Intake, "i"),
             role(core::Role::Coordinator, "c"), role(core::Role::Manager, "m")}) {
        ui::MainWindow window(data.services(), actor, QStringLiteral("t.sqlite"));
        CHECK(window.currentPage() == ui::PageId::Overview);
    }
    ui::MainWindow secretary(
        data.services(), role(core::Role::AdminStaff, "a"), QStringLiteral("t.sqlite"));
    CHECK(secretary.currentPage() == ui::PageId::Clients);
}

TEST_CASE("Choosing Kvartal in Rapporter never widens the window past a 1366 pixel screen",
    "[ui][window][reports]")
{
    UiTestDatabase data;
    const core::Actor manager = data.addStaff(
        QStringLiteral("m1"), QStringLiteral("Ida Lund"), core::Role::Manager, QStringLiteral("ida"));
    ui::MainWindow window(data.services(), manager, QStringLiteral("t.sqlite"));
    window.resize(1366, 738);
    REQUIRE(test::showActive(&window));
    REQUIRE(window.showPage(ui::PageId::Reports));
    auto *reports = window.findChild<ui::ReportsPage *>();
    for (auto kind : {ui::PeriodSelector::Kind::Quarter, ui::PeriodSelector::Kind::Month,
             ui::PeriodSelector::Kind::Custom, ui::PeriodSelector::Kind::Year}) {
        reports->periodSelector()->setKind(kind);
        QApplication::processEvents();
        INFO(int(kind));
        CHECK(window.width() <= 1366);
        CHECK(window.minimumSizeHint().width() <= 1366);
        // The page fits the window as it is: no sideways scrolling either.
        auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("pageScroll"));
        CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
    }
}

TEST_CASE("No page makes the window larger than a 1366x768 screen", "[ui][window]")
{
    UiTestDatabase data;
    const core::Actor manager = data.addStaff(
        QStringLiteral("m1"), QStringLiteral("Ida Lund"), core::Role::Manager, QStringLiteral("ida"));
    ui::MainWindow window(data.services(), manager, QStringLiteral("t.sqlite"));
    window.resize(1366, 738);
    REQUIRE(test::showActive(&window));
    for (int i = 0; i < ui::pageCount; ++i) {
        INFO(i);
        REQUIRE(window.showPage(ui::PageId(i)));
        QApplication::processEvents();
        CHECK(window.width() <= 1366);
        CHECK(window.height() <= 738);
    }
}
