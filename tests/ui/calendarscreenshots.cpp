// The Kalender screens and the Aftaler tab in Danish at 1366x768, written to docs/screenshots/.
// Hidden from the normal run; run it with:
//     QT_QPA_PLATFORM=offscreen ui_tests "[.screenshots]"
// The printed day list is written to the temporary folder as mestring-day-list.pdf; turn it
// into a PNG with: pdftoppm -png -r 60 -singlefile /tmp/mestring-day-list.pdf docs/screenshots/day-list
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTest>

#include "core/demo/demoinstaller.h"
#include "core/domain/clock.h"
#include "core/services/appointmentservice.h"
#include "core/storage/staffrepository.h"
#include "ui/dialogs/appointmentdialog.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/print/daylist.h"
#include "ui/print/htmlprint.h"
#include "ui/translations.h"
#include "ui/views/calendarpage.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/timefield.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using mestring::ui::PageId;
using namespace mestring;

namespace {

const QSize screenSize(1366, 768);

void save(QWidget &widget, const QString &name)
{
    QTest::qWait(50);
    const QString dir = QStringLiteral(MESTRING_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    REQUIRE(widget.grab().save(QDir(dir).filePath(name)));
}

core::Actor actorOf(UiTestDatabase &data, const QString &username)
{
    const auto member = core::StaffRepository(data.db).byUsername(username);
    REQUIRE(member);
    return core::Actor::fromStaff(*member);
}

} // namespace

TEST_CASE("Screenshots of the Kalender and the Aftaler tab in Danish", "[.screenshots]")
{
    auto &app = *qApp;
    REQUIRE(ui::installTranslations(app) == QLatin1StringView("da"));
    {
        UiTestDatabase data(UiTestDatabase::Content::Empty);
        core::installDemoDatabase(data.db, core::DemoSize::Small, 20250101, core::Clock().today());
        const core::Actor anne = actorOf(data, QStringLiteral("anne"));
        const core::Actor hanne = actorOf(data, QStringLiteral("hanne"));
        const QDate today = core::Clock().today();

        ui::MainWindow window(data.services(), anne, QStringLiteral("mestring.sqlite"));
        window.resize(screenSize);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.showPage(PageId::Calendar));
        auto *calendar = window.findChild<ui::CalendarPage *>();
        REQUIRE(calendar);
        // A day with appointments: the first weekday from today with some.
        QDate day = today;
        for (int i = 0; i < 14 && calendar->dayModel()->rowCount() < 3; ++i) {
            day = today.addDays(i);
            calendar->setDay(day);
        }
        calendar->dayTable()->setFocus();
        save(window, QStringLiteral("kalender-dag.png"));
        calendar->setView(ui::CalendarPage::View::Week);
        save(window, QStringLiteral("kalender-uge.png"));

        {
            const core::CalendarSpan span = data.set.appointments.calendar(anne, day, day, anne.staffId);
            REQUIRE_FALSE(span.appointments.empty());
            core::Appointment proposal = span.appointments.front().appointment;
            proposal.id.clear();
            proposal.course.clear();
            proposal.start = proposal.start.addSecs(30 * 60);
            ui::AppointmentDialog dialog(data.services(), anne, proposal, std::nullopt,
                data.staff.list(anne, true), &window);
            dialog.show();
            QTest::keyClicks(dialog.clientPicker()->field(), span.appointments.back().clientName);
            dialog.clientPicker()->searchNow();
            save(dialog, QStringLiteral("appointment-book-search.png"));
            QTest::keyClick(dialog.clientPicker()->field(), Qt::Key_Return);
            dialog.refreshConflicts();
            save(dialog, QStringLiteral("appointment-book-conflict.png"));
        }

        REQUIRE(window.clientsPage());
        const core::CalendarSpan anneDay = data.set.appointments.calendar(anne, day, day, anne.staffId);
        REQUIRE(window.showPage(PageId::Clients));
        REQUIRE(window.clientsPage()->openClient(anneDay.appointments.front().client));
        REQUIRE(window.clientsPage()->record()->showTab(QStringLiteral("appointmentsTab")));
        save(window, QStringLiteral("client-aftaler.png"));
        window.hide();

        ui::MainWindow coordinators(data.services(), hanne, QStringLiteral("mestring.sqlite"));
        coordinators.resize(screenSize);
        coordinators.show();
        REQUIRE(QTest::qWaitForWindowExposed(&coordinators));
        REQUIRE(coordinators.showPage(PageId::Calendar));
        auto *centre = coordinators.findChild<ui::CalendarPage *>();
        REQUIRE(centre);
        REQUIRE(centre->staff().isEmpty());
        centre->setDay(day);
        save(coordinators, QStringLiteral("kalender-dag-centret.png"));
        centre->setView(ui::CalendarPage::View::Week);
        save(coordinators, QStringLiteral("kalender-uge-centret.png"));
        centre->setView(ui::CalendarPage::View::Day);
        REQUIRE(ui::writeHtmlPdf(QDir::tempPath() + QStringLiteral("/mestring-day-list.pdf"),
            centre->dayList().html()));
    }
    ui::removeTranslations(app);
}
