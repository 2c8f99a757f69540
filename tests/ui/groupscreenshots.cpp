// The Grupper screens in Danish at 1366x768 for docs/screenshots/. Hidden from the normal run:
//     QT_QPA_PLATFORM=offscreen ui_tests "[.screenshots]"
// The printed attendance list is written to the temporary folder as group-attendance.pdf;
// turn it into PNG with
//     pdftoppm -png -r 60 /tmp/group-attendance.pdf docs/screenshots/print-group-attendance
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "core/demo/demoinstaller.h"
#include "core/domain/clock.h"
#include "core/domain/groupstanding.h"
#include "core/services/clientservice.h"
#include "core/services/courseservice.h"
#include "core/storage/staffrepository.h"
#include "ui/dialogs/enroldialog.h"
#include "ui/dialogs/groupdialog.h"
#include "ui/print/groupattendancesheet.h"
#include "ui/translations.h"
#include "ui/views/groupspage.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/coursestab.h"
#include "ui/widgets/groupdetailswidget.h"
#include "ui/widgets/sessionserieseditor.h"
#include "ui/widgets/enumcombo.h"
#include "uitestdatabase.h"

using namespace mestring;
using mestring::test::UiTestDatabase;

namespace {

void shoot(QWidget &widget, const QString &name)
{
    QTest::qWait(50);
    const QString dir = QStringLiteral(MESTRING_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    INFO("writing " << name.toStdString());
    REQUIRE(widget.grab().save(QDir(dir).filePath(name)));
}

// The running group with the most people: members and a waiting list show best.
QString busiestGroup(core::GroupService &groups, const core::Actor &actor, const QDate &today)
{
    QString best;
    std::size_t most = 0;
    for (const core::GroupCourse &g : groups.list(actor)) {
        if (!core::nextGroupSession(g, today)) continue;
        const std::size_t people
            = std::size_t(core::GroupService::occupiedOn(g, today)) + g.waiting.size();
        if (people > most) {
            most = people;
            best = g.id;
        }
    }
    return best;
}

// An open course of a client who is not in `group`.
QString outsider(
    UiTestDatabase &data, const core::Actor &actor, const core::GroupCourse &group, QString &name)
{
    for (const core::Client &client : data.clients.search(actor, QString(), 0, 300)) {
        if (client.anonymous) continue;
        for (const core::Course &course : data.courses.forClient(actor, client.id)) {
            const core::GroupStanding standing
                = core::groupStanding(group, course.id, core::Clock().today());
            if (course.isOpen() && course.startDate.isValid() && !standing.member
                && !standing.waiting()) {
                name = client.displayName();
                return course.id;
            }
        }
    }
    return QString();
}

} // namespace

TEST_CASE("Screenshots of Grupper in Danish", "[.screenshots]")
{
    auto &app = *qApp;
    REQUIRE(ui::installTranslations(app) == QLatin1StringView("da"));
    {
        UiTestDatabase data(UiTestDatabase::Content::Empty);
        core::installDemoDatabase(data.db, core::DemoSize::Small, 20250101, core::Clock().today());
        const auto anne = core::StaffRepository(data.db).byUsername(QStringLiteral("anne"));
        REQUIRE(anne);
        const core::Actor actor = core::Actor::fromStaff(*anne);
        core::GroupService &groups = data.set.groups;
        const QDate today = core::Clock().today();

        ui::MainWindow window(data.services(), actor, QStringLiteral("mestring.sqlite"));
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.showPage(ui::PageId::Groups));
        auto *page = window.findChild<ui::GroupsPage *>();
        REQUIRE(page);
        const QString id = busiestGroup(groups, actor, today);
        REQUIRE_FALSE(id.isEmpty());
        REQUIRE(page->selectGroup(id));
        shoot(window, QStringLiteral("main-grupper.png"));

        page->details()->setCurrentIndex(ui::GroupDetailsWidget::SessionsTab);
        shoot(window, QStringLiteral("main-grupper-sessioner.png"));
        page->details()->setCurrentIndex(ui::GroupDetailsWidget::RegisterTab);
        page->details()->registerView()->setFocus();
        shoot(window, QStringLiteral("main-grupper-fremmoede.png"));

        // A full group: the next client goes on the waiting list.
        core::GroupCourse group = groups.get(actor, id);
        group.capacity = core::GroupService::occupiedOn(group, today);
        groups.updateDetails(actor, group);
        group = groups.get(actor, id);
        QString name;
        const QString course = outsider(data, actor, group, name);
        REQUIRE_FALSE(course.isEmpty());
        {
            ui::EnrolDialog dialog(
                data.set.groups, data.clients, data.courses, actor, group, today, &window);
            dialog.show();
            dialog.searchField()->setText(name);
            dialog.searchNow();
            dialog.chooseClient(0);
            shoot(dialog, QStringLiteral("group-enrol.png"));
        }
        const core::EnrolResult result = groups.enrol(actor, id, course, today);
        REQUIRE(result.waiting);
        page->showEnrolled(name, result);
        shoot(window, QStringLiteral("main-grupper-venteliste.png"));

        {
            core::GroupCourse draft;
            draft.capacity = 8;
            draft.leaders = {actor.staffId};
            ui::GroupDialog dialog(groups, actor, draft, data.staff.list(actor), &window);
            dialog.show();
            dialog.nameField()->setText(QStringLiteral("BASIS forår"));
            const QDate monday = today.addDays(8 - today.dayOfWeek());
            dialog.seriesField()->setSeries(monday.addDays(1), QTime(10, 0), 5);
            const QStringList topics = {QStringLiteral("Hvad er afhængighed?"),
                QStringLiteral("Trang og triggere"), QStringLiteral("Følelser og rusmidler"),
                QStringLiteral("Tilbagefald"), QStringLiteral("Min handleplan")};
            for (int i = 0; i < topics.size(); ++i)
                dialog.seriesField()->setTopic(i, topics[i]);
            shoot(dialog, QStringLiteral("group-new.png"));
        }

        // The Forløb tab of a member: the course names its groups and attendance.
        {
            const core::GroupDetails withMembers = groups.details(actor, id);
            REQUIRE_FALSE(withMembers.people.empty());
            const core::GroupPerson &member = withMembers.people.front();
            REQUIRE(window.showPage(ui::PageId::Clients));
            REQUIRE(window.clientsPage()->openClient(member.client));
            ui::ClientRecordWidget *record = window.clientsPage()->record();
            record->tabs()->setCurrentWidget(record->coursesTab());
            record->coursesTab()->selectCourse(member.course);
            shoot(window, QStringLiteral("client-courses-grupper.png"));
        }

        const core::GroupDetails details = groups.details(actor, id);
        QString held;
        for (const core::GroupSession &session : details.group.sessions) {
            if (session.date <= today) held = session.id;
        }
        if (held.isEmpty()) held = details.group.sessions.front().id;
        QStringList leaders;
        for (const core::StaffMember &m : data.staff.list(actor, true)) {
            if (std::find(details.group.leaders.begin(), details.group.leaders.end(), m.id)
                != details.group.leaders.end())
                leaders << m.name;
        }
        REQUIRE(ui::GroupAttendanceSheet(details, held, leaders)
                    .writePdf(QDir::temp().filePath(QStringLiteral("group-attendance.pdf"))));
    }
    ui::removeTranslations(app);
}
