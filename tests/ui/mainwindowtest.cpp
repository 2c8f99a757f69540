#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

#include "core/services/permissions.h"
#include "ui/models/clientlistmodel.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/views/mainwindowactions.h"
#include "ui/widgets/clientrecordwidget.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using mestring::test::waitUntil;
using mestring::ui::ClientListModel;
using mestring::ui::MainWindow;
using mestring::ui::PageId;

namespace {

// Shortcuts reach only the active window, as on a desktop.
void showActive(QWidget &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("The main window title names the logged-in user and role", "[ui][mainwindow]")
{
    UiTestDatabase data;
    MainWindow window(data.services(), data.therapist, QStringLiteral("test.sqlite"));
    CHECK(window.windowTitle().contains(QLatin1StringView("Anne Holm")));
    CHECK(
        window.windowTitle().contains(mestring::core::roleTitle(mestring::core::Role::Therapist)));
    CHECK(window.findChild<QLabel *>(QStringLiteral("statusDatabase"))
              ->text()
              .contains(QLatin1StringView("test.sqlite")));
}

TEST_CASE("Ctrl+F focuses the client search from any page", "[ui][mainwindow]")
{
    UiTestDatabase data;
    MainWindow window(data.services(), data.therapist, QStringLiteral("test.sqlite"));
    showActive(window);
    window.showPage(PageId::Calendar);
    REQUIRE(window.currentPage() == PageId::Calendar);

    QTest::keySequence(&window, QKeySequence(QKeySequence::Find));

    CHECK(window.currentPage() == PageId::Clients);
    CHECK(window.clientsPage()->searchField()->hasFocus());
}

TEST_CASE("Ctrl+1 to Ctrl+7 switch pages, except pages the role may not open", "[ui][mainwindow]")
{
    UiTestDatabase data;
    MainWindow window(data.services(), data.therapist, QStringLiteral("test.sqlite"));
    showActive(window);

    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+1")));
    CHECK(window.currentPage() == PageId::Overview);
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+4")));
    CHECK(window.currentPage() == PageId::Groups);
    // A therapist has no reports and no staff administration.
    CHECK_FALSE(window.actions()->showPage(PageId::Reports)->isEnabled());
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+6")));
    CHECK(window.currentPage() == PageId::Groups);
    CHECK_FALSE(window.showPage(PageId::Administration));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    CHECK_FALSE(navigation->item(int(PageId::Administration))->flags() & Qt::ItemIsEnabled);
    CHECK(navigation->item(int(PageId::Medication))->flags() & Qt::ItemIsEnabled);
}

TEST_CASE("Admin staff cannot open the medication page", "[ui][mainwindow]")
{
    UiTestDatabase data;
    const auto clerk = data.addStaff(QStringLiteral("s7"), QStringLiteral("Bo Lund"),
        mestring::core::Role::AdminStaff, QStringLiteral("bo"));
    MainWindow window(data.services(), clerk, QStringLiteral("test.sqlite"));
    CHECK_FALSE(window.showPage(PageId::Medication));
    CHECK(window.showPage(PageId::Calendar));
}

TEST_CASE("Typing in the client search waits for a pause, then narrows the list",
    "[ui][mainwindow][clientlist]")
{
    UiTestDatabase data;
    data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    data.addClient(QStringLiteral("Karen"), QStringLiteral("Olsen"), QDate(1975, 6, 12), 2346);
    MainWindow window(data.services(), data.therapist, QStringLiteral("test.sqlite"));
    showActive(window);
    window.findClient();
    ClientListModel *model = window.clientsPage()->model();
    REQUIRE(model->rowCount() == 2);

    QTest::keyClicks(window.clientsPage()->searchField(), QStringLiteral("hans"));
    // Not on every key press: the search waits for the typing pause.
    CHECK(model->searchText().isEmpty());
    CHECK(waitUntil([&] { return model->searchText() == QLatin1StringView("hans"); }));
    CHECK(model->rowCount() == 1);
}

TEST_CASE("Enter on a single hit opens the client's record and logs the read",
    "[ui][mainwindow][clientlist]")
{
    UiTestDatabase data;
    const auto jens = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"),
        QDate(1980, 1, 1), 1235, QStringLiteral("Skive"));
    data.addClient(QStringLiteral("Karen"), QStringLiteral("Olsen"), QDate(1975, 6, 12), 2346);
    MainWindow window(data.services(), data.therapist, QStringLiteral("test.sqlite"));
    showActive(window);
    window.findClient();
    auto *page = window.clientsPage();

    QTest::keyClicks(page->searchField(), QStringLiteral("hansen"));
    QTest::keyClick(page->searchField(), Qt::Key_Return);

    REQUIRE(page->isShowingRecord());
    CHECK(page->record()->clientId() == jens.id);
    CHECK(page->record()->findChild<QLabel *>(QStringLiteral("recordName"))->text()
        == QLatin1StringView("Jens Hansen"));
    CHECK(page->record()->findChild<QLabel *>(QStringLiteral("cprValue"))->text()
        == QLatin1StringView("010180-1235"));
    CHECK(page->record()->findChild<QLabel *>(QStringLiteral("municipalityValue"))->text()
        == QLatin1StringView("Skive"));

    mestring::core::AccessLogQuery query;
    query.client = jens.id;
    query.actor = data.therapist.staffId;
    const auto entries = data.log.find(query);
    CHECK(std::any_of(entries.begin(), entries.end(), [](const auto &entry) {
        return entry.action == mestring::core::accessKindCode(mestring::core::AccessKind::Read);
    }));

    // Esc goes back to the list with the client still selected.
    QTest::keyClick(page->record(), Qt::Key_Escape);
    CHECK_FALSE(page->isShowingRecord());
    CHECK(page->table()->currentIndex().data(ClientListModel::ClientIdRole).toString() == jens.id);
}

TEST_CASE("Enter in the client table opens the selected client", "[ui][mainwindow][clientlist]")
{
    UiTestDatabase data;
    data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto karen = data.addClient(
        QStringLiteral("Karen"), QStringLiteral("Olsen"), QDate(1975, 6, 12), 2346);
    MainWindow window(data.services(), data.therapist, QStringLiteral("test.sqlite"));
    showActive(window);
    window.findClient();
    auto *page = window.clientsPage();

    // Down from the search field goes to the first row, Down again to Karen Olsen.
    QTest::keyClick(page->searchField(), Qt::Key_Down);
    REQUIRE(page->table()->hasFocus());
    QTest::keyClick(page->table(), Qt::Key_Down);
    QTest::keyClick(page->table(), Qt::Key_Return);

    REQUIRE(page->isShowingRecord());
    CHECK(page->record()->clientId() == karen.id);
}

TEST_CASE("Scrolling to the end of the client table fetches the next page",
    "[ui][mainwindow][clientlist]")
{
    UiTestDatabase data;
    data.addGeneratedClients(ClientListModel::defaultPageSize * 2 + 50);
    MainWindow window(data.services(), data.therapist, QStringLiteral("test.sqlite"));
    window.resize(1024, 700);
    showActive(window);
    window.findClient();
    auto *table = window.clientsPage()->table();
    ClientListModel *model = window.clientsPage()->model();
    REQUIRE(model->rowCount() == ClientListModel::defaultPageSize);

    table->scrollToBottom();
    CHECK(waitUntil([&] { return model->rowCount() == 2 * ClientListModel::defaultPageSize; }));
    table->scrollToBottom();
    CHECK(
        waitUntil([&] { return model->rowCount() == 2 * ClientListModel::defaultPageSize + 50; }));
    CHECK(model->isComplete());
}
