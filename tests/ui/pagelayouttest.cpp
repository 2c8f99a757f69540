// Every page of the main window and every tab of a client's record, in Danish at 1366x768 on
// the demo centre: no label, button, field or column title cut off.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTabWidget>
#include <QTest>

#include "core/demo/demoinstaller.h"
#include "core/storage/staffrepository.h"
#include "layoutchecks.h"
#include "ui/translations.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/clientrecordwidget.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
namespace core = mestring::core;
namespace ui = mestring::ui;
namespace test = mestring::test;

namespace {

// The window as it stands maximised on a 1366x768 screen, less the window manager's title bar.
const QSize windowSize(1366, 740);

core::Actor demoUser(UiTestDatabase &data, const char *username)
{
    const auto member
        = core::StaffRepository(data.db).byUsername(QLatin1StringView(username).toString());
    REQUIRE(member);
    return core::Actor::fromStaff(*member);
}

QStringList clippedOn(QWidget &window, const QString &where)
{
    QTest::qWait(30); // deferred layouts
    QStringList clipped;
    for (const QString &text : test::clippedTexts(&window))
        clipped << where + QStringLiteral(": ") + text;
    return clipped;
}

} // namespace

TEST_CASE("Every page and record tab shows its texts whole in Danish at 1366x768",
    "[ui][layout]")
{
    auto &app = *qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(ui::installTranslations(app) == QLatin1StringView("da"));
    {
        UiTestDatabase data(UiTestDatabase::Content::Empty);
        core::installDemoDatabase(data.db, core::DemoSize::Small, 20250101, QDate::currentDate());
        QStringList clipped;
        for (const char *username : {"anne", "jorgen"}) {
            const core::Actor actor = demoUser(data, username);
            ui::MainWindow window(data.services(), actor, QStringLiteral("mestring.sqlite"));
            window.resize(windowSize);
            REQUIRE(test::showActive(&window));
            for (int page = 0; page < ui::pageCount; ++page) {
                if (!window.showPage(ui::PageId(page))) continue;
                clipped << clippedOn(window,
                    QStringLiteral("%1, page %2").arg(QLatin1StringView(username)).arg(page + 1));
            }
            // A client with history, every tab of the record.
            REQUIRE(window.showPage(ui::PageId::Clients));
            const auto clients = data.clients.search(actor, QString(), 0, 25);
            for (const core::Client &client : clients) {
                if (client.anonymous || !window.clientsPage()->openClient(client.id)) continue;
                QTabWidget *tabs = window.clientsPage()->record()->tabs();
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    if (!tabs->isTabEnabled(tab)) continue;
                    tabs->setCurrentIndex(tab);
                    clipped << clippedOn(window,
                        QStringLiteral("%1, %2, tab %3")
                            .arg(QLatin1StringView(username), client.displayName())
                            .arg(tab + 1));
                }
            }
        }
        clipped.removeDuplicates();
        INFO(clipped.join(QLatin1Char('\n')).toStdString());
        CHECK(clipped.isEmpty());
    }
    ui::removeTranslations(app);
}
