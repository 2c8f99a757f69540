#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "core/domain/groupstanding.h"
#include "ui/dialogs/enroldialog.h"
#include "ui/dialogs/groupdialog.h"
#include "ui/dialogs/groupleavedialog.h"
#include "ui/dialogs/groupsessiondialog.h"
#include "ui/models/groupregistermodel.h"
#include "ui/models/grouptablemodel.h"
#include "ui/views/groupspage.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"
#include "ui/widgets/groupdetailswidget.h"
#include "ui/widgets/record/coursechooser.h"
#include "ui/widgets/sessionserieseditor.h"
#include "groupstestdata.h"

using namespace mestring;
using mestring::test::GroupTestData;
using mestring::test::withModal;
using mestring::ui::GroupsPage;

namespace {

// The page in a window of its own, active, so its keys reach it.
struct ShownPage
{
    GroupsPage page;

    explicit ShownPage(GroupTestData &g)
        : page(g.data.services(), g.data.therapist)
    {
        page.resize(1300, 760);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }
};

// Enrols through the page's dialog as staff do: search, choose the hit, save.
void enrolThroughDialog(GroupsPage &page, const QString &search)
{
    const bool seen = withModal<ui::EnrolDialog>([&] { page.enrol(); },
        [&](ui::EnrolDialog *dialog) {
            dialog->searchField()->setText(search);
            dialog->searchNow();
            REQUIRE(dialog->chooseClient(0));
            REQUIRE_FALSE(dialog->courseField()->currentCourseId().isEmpty());
            dialog->accept();
        });
    REQUIRE(seen);
}

} // namespace

TEST_CASE("A new group is created with type, leaders, capacity and a weekly series of topics",
    "[ui][groups]")
{
    GroupTestData g;
    ui::GroupDialog dialog(
        g.groups(), g.data.therapist, {}, g.data.staff.list(g.data.therapist), nullptr);
    dialog.show();
    CHECK(dialog.nameField()->maxLength() == ui::GroupDialog::maxNameLength);
    QTest::keyClicks(dialog.nameField(), QStringLiteral("KAT efterår"));
    ui::setEnumComboValue(dialog.typeField(), std::optional(core::GroupType::Cbt));
    REQUIRE(dialog.leadersField()->count() == 2);
    for (int i = 0; i < dialog.leadersField()->count(); ++i)
        dialog.leadersField()->item(i)->setCheckState(Qt::Checked);
    dialog.capacityField()->setValue(6);
    dialog.rollingField()->setChecked(false);
    ui::SessionSeriesEditor *series = dialog.seriesField();
    REQUIRE(series);
    series->setSeries(g.today.addDays(3), QTime(13, 30), 5);
    REQUIRE(series->table()->rowCount() == 5);
    series->setTopic(0, QStringLiteral("Tanker og følelser"));
    series->setTopic(4, QStringLiteral("Afslutning"));
    series->countField()->setValue(4); // one fewer: the topics typed stay with their sessions
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const core::GroupCourse stored = g.groups().get(g.data.therapist, dialog.savedId());
    CHECK(stored.name == QStringLiteral("KAT efterår"));
    CHECK(stored.type == core::GroupType::Cbt);
    CHECK(stored.leaders.size() == 2);
    CHECK(stored.capacity == 6);
    CHECK_FALSE(stored.rolling);
    REQUIRE(stored.sessions.size() == 4);
    CHECK(stored.sessions[0].topic == QStringLiteral("Tanker og følelser"));
    CHECK(stored.sessions[3].date == g.today.addDays(3 + 21));
    CHECK(stored.sessions[3].start == QTime(13, 30));
    CHECK(stored.sessions[3].topic.isEmpty());
}

TEST_CASE("A group without a name is refused in the dialog with core's message under the name",
    "[ui][groups]")
{
    GroupTestData g;
    ui::GroupDialog dialog(
        g.groups(), g.data.therapist, {}, g.data.staff.list(g.data.therapist), nullptr);
    dialog.show();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.messageFor(QStringLiteral("name")).isEmpty());
    CHECK(g.groups().list(g.data.therapist).empty());
}

TEST_CASE("Enrolling up to capacity gives places, then the waiting list in order, and the page "
          "says which",
    "[ui][groups]")
{
    GroupTestData g;
    g.clientCourse(QStringLiteral("Jens"), QStringLiteral("Hansen"), 1);
    g.clientCourse(QStringLiteral("Ida"), QStringLiteral("Andersen"), 2);
    g.clientCourse(QStringLiteral("Ole"), QStringLiteral("Berg"), 3);
    g.clientCourse(QStringLiteral("Eva"), QStringLiteral("Dahl"), 4);
    const QString id = g.group(2, 4, 2);
    ShownPage shown(g);
    REQUIRE(shown.page.selectGroup(id));

    enrolThroughDialog(shown.page, QStringLiteral("Hansen"));
    CHECK(shown.page.message()->text().contains(QStringLiteral("Jens Hansen is now a member")));
    enrolThroughDialog(shown.page, QStringLiteral("Andersen"));
    enrolThroughDialog(shown.page, QStringLiteral("Berg"));
    CHECK(shown.page.message()->text().contains(
        QStringLiteral("Ole Berg is on the waiting list as no. 1")));
    enrolThroughDialog(shown.page, QStringLiteral("Dahl"));
    CHECK(shown.page.message()->text().contains(QStringLiteral("as no. 2")));

    const core::GroupCourse stored = g.groups().get(g.data.therapist, id);
    CHECK(core::GroupService::occupiedOn(stored, g.today) == 2);
    REQUIRE(stored.waiting.size() == 2);
    const int row = shown.page.model()->rowOf(id);
    CHECK(shown.page.model()->index(row, ui::GroupTableModel::MembersColumn).data().toString()
        == QStringLiteral("2 of 2"));
    CHECK(shown.page.model()->index(row, ui::GroupTableModel::WaitingColumn).data().toString()
        == QStringLiteral("2"));
    QTableWidget *waiting = shown.page.details()->waitingTable();
    REQUIRE(waiting->rowCount() == 2);
    CHECK(waiting->item(0, 1)->text() == QStringLiteral("Ole Berg"));
    CHECK(waiting->item(1, 1)->text() == QStringLiteral("Eva Dahl"));
    CHECK(shown.page.details()->currentIndex() == ui::GroupDetailsWidget::WaitingTab);
}

TEST_CASE("When a member leaves, the page names who moved up from the waiting list", "[ui][groups]")
{
    GroupTestData g;
    const QString hansen = g.clientCourse(QStringLiteral("Jens"), QStringLiteral("Hansen"), 1);
    const QString berg = g.clientCourse(QStringLiteral("Ole"), QStringLiteral("Berg"), 3);
    const QString id = g.group(1, 4, 2);
    g.groups().enrol(g.data.therapist, id, hansen, g.today.addDays(-10));
    g.groups().enrol(g.data.therapist, id, berg, g.today.addDays(-5));
    ShownPage shown(g);
    REQUIRE(shown.page.selectGroup(id));
    ui::GroupDetailsWidget *details = shown.page.details();
    details->setCurrentIndex(ui::GroupDetailsWidget::MembersTab);
    details->membersTable()->selectRow(0);
    REQUIRE(details->selectedCourse() == hansen);

    const bool seen = withModal<ui::GroupLeaveDialog>([&] { shown.page.leaveSelected(); },
        [&](ui::GroupLeaveDialog *dialog) {
            REQUIRE(dialog->lastDayField());
            dialog->lastDayField()->setDate(g.today);
            dialog->accept();
        });
    REQUIRE(seen);
    CHECK(shown.page.message()->text()
        == QStringLiteral("Jens Hansen has left. Moved up from the waiting list: Ole Berg."));
    const core::GroupCourse stored = g.groups().get(g.data.therapist, id);
    CHECK(stored.waiting.empty());
    CHECK(core::isGroupMemberOn(stored, berg, g.today.addDays(1)));
    CHECK(details->waitingTable()->rowCount() == 0);
}

TEST_CASE("The register is filled by keyboard: F, U and A record and move down to the next member",
    "[ui][groups]")
{
    GroupTestData g;
    const QString hansen = g.clientCourse(QStringLiteral("Jens"), QStringLiteral("Hansen"), 1);
    const QString andersen = g.clientCourse(QStringLiteral("Ida"), QStringLiteral("Andersen"), 2);
    const QString berg = g.clientCourse(QStringLiteral("Ole"), QStringLiteral("Berg"), 3);
    const QString id = g.group(8, 3, -7); // last week, today and next week
    for (const QString &course : {hansen, andersen, berg})
        g.groups().enrol(g.data.therapist, id, course, g.today.addDays(-20));
    ShownPage shown(g);
    REQUIRE(shown.page.selectGroup(id));
    ui::GroupDetailsWidget *details = shown.page.details();
    ui::GroupRegisterModel *model = details->registerModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    details->setCurrentIndex(ui::GroupDetailsWidget::RegisterTab);
    QTableView *grid = details->registerView();
    grid->setFocus();
    REQUIRE(model->rowCount() == 3);
    REQUIRE(model->columnCount() == 3);
    CHECK(model->headerData(0, Qt::Vertical).toString() == QStringLiteral("Ida Andersen"));
    // The cursor starts on the latest session held: today's.
    CHECK(grid->currentIndex() == model->index(0, 1));

    QTest::keyClick(grid, Qt::Key_F);
    CHECK(grid->currentIndex() == model->index(1, 1));
    QTest::keyClick(grid, Qt::Key_U);
    QTest::keyClick(grid, Qt::Key_A);
    CHECK(grid->currentIndex() == model->index(2, 1)); // stays on the last member
    QTest::keyClick(grid, Qt::Key_M); // not a key here (M is "missed" on Medicin)
    CHECK(model->index(2, 1).data(ui::GroupRegisterModel::StatusRole).toString()
        == QStringLiteral("cancelled_client"));
    QTest::keyClick(grid, Qt::Key_F); // Berg corrected from cancelled to attended

    const core::GroupCourse stored = g.groups().get(g.data.therapist, id);
    const QString session = model->sessionAt(1).id;
    auto statusOf = [&](const QString &course) {
        for (const core::GroupAttendance &a : stored.attendance) {
            if (a.course == course && a.session == session) return core::enumCode(a.status);
        }
        return QString();
    };
    CHECK(statusOf(andersen) == QStringLiteral("attended"));
    CHECK(statusOf(berg) == QStringLiteral("attended"));
    CHECK(statusOf(hansen) == QStringLiteral("no_show"));
    CHECK(stored.attendance.size() == 3);
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("F"));
    CHECK(model->index(1, 1).data(ui::GroupRegisterModel::StatusRole).toString()
        == QStringLiteral("no_show"));
    CHECK(details->membersTable()->item(0, 4)->text() == QStringLiteral("1 of 2 attended"));

    // Next week's session has not been held: core refuses, the page says why, nothing stored.
    grid->setCurrentIndex(model->index(0, 2));
    QTest::keyClick(grid, Qt::Key_F);
    CHECK(shown.page.message()->isVisible());
    CHECK(shown.page.message()->text().contains(QStringLiteral("has not been held yet")));
    CHECK(model->index(0, 2).data().toString().isEmpty());
    CHECK(g.groups().get(g.data.therapist, id).attendance.size() == 3);
}

TEST_CASE(
    "A member who joined after a session shows a dash there and cannot be marked", "[ui][groups]")
{
    GroupTestData g;
    const QString hansen = g.clientCourse(QStringLiteral("Jens"), QStringLiteral("Hansen"), 1);
    const QString id = g.group(8, 2, -7);
    g.groups().enrol(g.data.therapist, id, hansen, g.today.addDays(-1));
    ShownPage shown(g);
    REQUIRE(shown.page.selectGroup(id));
    ui::GroupDetailsWidget *details = shown.page.details();
    ui::GroupRegisterModel *model = details->registerModel();
    CHECK_FALSE(model->index(0, 0).data(ui::GroupRegisterModel::MemberOnDayRole).toBool());
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("\u2013"));
    details->setCurrentIndex(ui::GroupDetailsWidget::RegisterTab);
    details->registerView()->setFocus();
    details->registerView()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(details->registerView(), Qt::Key_F);
    CHECK(shown.page.message()->text().contains(QStringLiteral("was not a member")));
    CHECK(g.groups().get(g.data.therapist, id).attendance.empty());
}

TEST_CASE("The group list shows leaders, places, waiting and the next session", "[ui][groups]")
{
    GroupTestData g;
    const QString id = g.group(8, 3, 2);
    ui::GroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QHash<QString, QString> names {{QStringLiteral("s1"), QStringLiteral("Anne Holm")},
        {QStringLiteral("s2"), QStringLiteral("Bo Lind")}};
    model.setGroups(g.groups().list(g.data.therapist), names, g.today);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ui::GroupTableModel::LeadersColumn).data().toString()
        == QStringLiteral("Anne Holm, Bo Lind"));
    CHECK(model.index(0, ui::GroupTableModel::MembersColumn).data().toString()
        == QStringLiteral("0 of 8"));
    CHECK(model.index(0, ui::GroupTableModel::NextSessionColumn)
              .data()
              .toString()
              .contains(g.today.addDays(2).toString(QStringLiteral("dd-MM-yyyy"))));
    CHECK(model.index(0, 0).data(ui::GroupTableModel::GroupIdRole).toString() == id);
}

TEST_CASE("Choosing a group shows its sessions in date order with their topics", "[ui][groups]")
{
    GroupTestData g;
    g.group(8, 2, 2, QStringLiteral("Mindfulness"));
    const QString id = g.group(8, 3, -7);
    g.groups().addSession(g.data.therapist, id,
        {QString(), g.today.addDays(-14), QTime(9, 0), QStringLiteral("Velkomst")});
    ShownPage shown(g);
    REQUIRE(shown.page.selectGroup(id));
    QTableWidget *sessions = shown.page.details()->sessionsTable();
    REQUIRE(sessions->rowCount() == 4);
    CHECK(sessions->item(0, 3)->text() == QStringLiteral("Velkomst"));
    CHECK(sessions->item(0, 1)->text().endsWith(
        g.today.addDays(-14).toString(QStringLiteral("dd-MM-yyyy"))));
    CHECK(sessions->item(0, 2)->text() == QStringLiteral("09:00"));
    CHECK(sessions->item(1, 3)->text() == QStringLiteral("Emne 1"));
}

TEST_CASE(
    "A single session is added to a group later and takes its place in date order", "[ui][groups]")
{
    GroupTestData g;
    const QString id = g.group(8, 2, 7); // next week and the week after
    ui::GroupSessionDialog dialog(
        g.groups(), g.data.therapist, id, g.today.addDays(3), QTime(9, 30), nullptr);
    dialog.show();
    CHECK(dialog.topicField()->maxLength() == ui::SessionSeriesEditor::maxTopicLength);
    QTest::keyClicks(dialog.topicField(), QStringLiteral("Ekstra gang"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const core::GroupCourse stored = g.groups().get(g.data.therapist, id);
    REQUIRE(stored.sessions.size() == 3);
    CHECK(stored.sessions[0].id == dialog.savedId());
    CHECK(stored.sessions[0].date == g.today.addDays(3));
    CHECK(stored.sessions[0].start == QTime(9, 30));
    CHECK(stored.sessions[0].topic == QStringLiteral("Ekstra gang"));
}

TEST_CASE("Raising a full group's capacity in the dialog moves the first waiting client up",
    "[ui][groups]")
{
    GroupTestData g;
    const QString hansen = g.clientCourse(QStringLiteral("Jens"), QStringLiteral("Hansen"), 1);
    const QString berg = g.clientCourse(QStringLiteral("Ole"), QStringLiteral("Berg"), 3);
    const QString id = g.group(1, 3, 7);
    g.groups().enrol(g.data.therapist, id, hansen, g.today.addDays(-10));
    g.groups().enrol(g.data.therapist, id, berg, g.today.addDays(-5));
    const core::GroupCourse before = g.groups().get(g.data.therapist, id);
    ui::GroupDialog dialog(
        g.groups(), g.data.therapist, before, g.data.staff.list(g.data.therapist), nullptr);
    dialog.show();
    CHECK(dialog.seriesField() == nullptr); // sessions are added one by one once created
    CHECK(dialog.nameField()->text() == QStringLiteral("BASIS forår"));
    CHECK(dialog.leadersField()->item(0)->checkState() == Qt::Checked);
    dialog.capacityField()->setValue(2);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.promoted() == std::vector<QString> {berg});
    const core::GroupCourse after = g.groups().get(g.data.therapist, id);
    CHECK(after.capacity == 2);
    CHECK(after.waiting.empty());
    CHECK(after.sessions == before.sessions);
}
