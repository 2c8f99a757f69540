// What a role may not use says so before anything is typed; bookings go to the client's
// responsible staff member.
#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>

#include "core/domain/clock.h"
#include "core/domain/staffmember.h"
#include "recordtestdata.h"
#include "ui/dialogs/appointmentdialog.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/record/journaltab.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using namespace mestring;

namespace {

int tabIndex(const QTabWidget *tabs, const QString &objectName)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == objectName) return i;
    }
    return -1;
}

} // namespace

TEST_CASE("Administrative staff see the clinical tabs greyed with the reason, never an empty "
          "journal",
    "[ui][access]")
{
    UiTestDatabase data;
    const core::Actor sofie = data.addStaff(QStringLiteral("a1"), QStringLiteral("Sofie Nielsen"),
        core::Role::AdminStaff, QStringLiteral("sofie"));
    const auto jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    ui::ClientRecordWidget record(data.services(), sofie);
    record.setRecord(jens, std::nullopt, {}, core::Clock().today());
    QTabWidget *tabs = record.tabs();
    for (const char *name : {"goalsTab", "assessmentsTab", "journalTab", "medicationTab"}) {
        INFO(name);
        const int index = tabIndex(tabs, QLatin1StringView(name).toString());
        REQUIRE(index >= 0);
        CHECK_FALSE(tabs->isTabEnabled(index));
        CHECK(tabs->tabToolTip(index).startsWith(QStringLiteral("You have no access to")));
        CHECK(tabs->tabToolTip(index).contains(core::roleTitle(core::Role::AdminStaff)));
        CHECK_FALSE(record.showTab(QLatin1StringView(name).toString()));
    }
    CHECK(tabs->tabToolTip(tabIndex(tabs, QStringLiteral("journalTab")))
              .contains(QStringLiteral("the journal")));
    CHECK(record.findChildren<ui::JournalTab *>().isEmpty()); // nothing to type into
    for (const char *name : {"appointmentsTab", "absencesTab"})
        CHECK(tabs->isTabEnabled(tabIndex(tabs, QLatin1StringView(name).toString())));
    auto *print = record.findChild<QToolButton *>(QStringLiteral("printStatusButton"));
    CHECK_FALSE(print->isEnabled());
    CHECK_FALSE(print->toolTip().isEmpty());
}

TEST_CASE("An intake officer reads the journal but cannot start a note, and is told why",
    "[ui][access]")
{
    UiTestDatabase data;
    const core::Actor karen = data.addStaff(QStringLiteral("i1"), QStringLiteral("Karen Vinther"),
        core::Role::Intake, QStringLiteral("karen"));
    const auto jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const core::Course course = test::addCourse(data, jens.id, core::Clock().today().addDays(-10));
    ui::ClientRecordWidget record(data.services(), karen);
    record.setRecord(jens, std::vector<core::Course> {course}, {}, core::Clock().today());
    REQUIRE(record.showTab(QStringLiteral("journalTab")));
    auto *journal = record.findChild<ui::JournalTab *>();
    auto *newNote = journal->findChild<QAction *>(QStringLiteral("newNoteAction"));
    CHECK_FALSE(newNote->isEnabled());
    CHECK(newNote->toolTip().contains(core::roleTitle(core::Role::Intake)));
    CHECK(journal->message().contains(QStringLiteral("not write")));
    // The plan too: reading yes, writing no.
    REQUIRE(record.showTab(QStringLiteral("goalsTab")));
    CHECK_FALSE(record.findChild<QAction *>(QStringLiteral("newGoalAction"))->isEnabled());
}

TEST_CASE("A new booking proposes the course's responsible staff member, not the one booking",
    "[ui][access][appointments]")
{
    UiTestDatabase data;
    const core::Actor sofie = data.addStaff(QStringLiteral("a1"), QStringLiteral("Sofie Nielsen"),
        core::Role::AdminStaff, QStringLiteral("sofie"));
    const core::Actor peter = data.addStaff(QStringLiteral("s2"), QStringLiteral("Peter Lund"),
        core::Role::Therapist, QStringLiteral("peter"));
    const auto jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    test::addCourse(data, jens.id, core::Clock().today().addDays(-10)); // Anne is responsible
    const auto staff = data.staff.list(sofie);

    core::Appointment proposal;
    proposal.start = QDateTime(core::Clock().today().addDays(3), QTime(9, 0));
    ui::AppointmentDialog booking(data.services(), sofie, proposal, jens, staff);
    auto *who = booking.findChild<QComboBox *>(QStringLiteral("appointmentStaff"));
    REQUIRE(who);
    CHECK(who->currentData().toString() == data.therapist.staffId);

    // A staff member chosen in the calendar stays the proposal.
    proposal.staff = peter.staffId;
    ui::AppointmentDialog fromCalendar(data.services(), sofie, proposal, jens, staff);
    CHECK(fromCalendar.findChild<QComboBox *>(QStringLiteral("appointmentStaff"))
              ->currentData()
              .toString()
        == peter.staffId);
}
