// The keyboard as staff use it: what Enter, Esc and the one-key shortcuts do in dialogs and
// lists, and that nothing typed lands in the wrong place.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "core/domain/clock.h"
#include "core/services/appointmentservice.h"
#include "core/services/goalservice.h"
#include "core/services/noteservice.h"
#include "recordtestdata.h"
#include "ui/dialogs/appointmentdialog.h"
#include "ui/dialogs/clientdialog.h"
#include "ui/dialogs/goalscoredialog.h"
#include "ui/dialogs/notedialog.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/views/calendarpage.h"
#include "ui/views/clientspage.h"
#include "ui/widgets/attendanceactions.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/record/appointmentstab.h"
#include "ui/widgets/record/coursechooser.h"
#include "ui/widgets/timefield.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

namespace {

// Keys go where the cursor is, as when a person types.
void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

struct KeyboardData
{
    UiTestDatabase data;
    QDate today = QDate::currentDate();
    core::Client jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    core::Course course = test::addCourse(data, jens.id, today.addMonths(-2));

    QString book(const QDate &day, int hour)
    {
        core::Appointment a;
        a.course = course.id;
        a.staff = data.therapist.staffId;
        a.start = core::Clock::at(day, QTime(hour, 0));
        return data.set.appointments.book(data.therapist, a).id;
    }
    std::vector<core::Appointment> booked()
    {
        return data.set.appointments.forCourse(data.therapist, course.id);
    }
};

} // namespace

TEST_CASE("Booking from the calendar by keyboard: Enter in the client search chooses, never "
          "books, and a conflict is shown before booking",
    "[ui][keyboard][calendar]")
{
    KeyboardData d;
    const QDate day = d.today.addDays(3);
    d.book(day, 9); // Anne Holm is busy 9-10
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    REQUIRE(test::showActive(&page));
    page.setDay(day);
    REQUIRE(withModal<ui::AppointmentDialog>([&] { page.bookAppointment(); },
        [&](ui::AppointmentDialog *dialog) {
            REQUIRE(test::waitUntil([&] { return dialog->isActiveWindow(); }));
            // The cursor starts in the client search.
            CHECK(QApplication::focusWidget() == dialog->clientPicker()->field());
            dialog->timeField()->setTime(QTime(11, 0));
            type(QStringLiteral("hansen"));
            press(Qt::Key_Return); // chooses the hit, even before the typing pause ends
            CHECK(dialog->isVisible());
            CHECK(dialog->clientPicker()->client().id == d.jens.id);
            CHECK(QApplication::focusWidget() == dialog->courseField());
            CHECK(d.booked().size() == 1); // nothing booked by choosing
            CHECK(dialog->conflictText().contains(QStringLiteral("No conflicts")));
            // A new time typed and Enter at once, before the conflict list caught up: the
            // conflict is shown, nothing is booked.
            dialog->timeField()->setFocus();
            dialog->timeField()->selectAll();
            type(QStringLiteral("0930"));
            press(Qt::Key_Return);
            CHECK(dialog->isVisible());
            CHECK(dialog->conflictText().contains(QStringLiteral("09:00")));
            CHECK(d.booked().size() == 1);
            press(Qt::Key_Return); // books despite the conflict, now it was seen
            CHECK_FALSE(dialog->isVisible());
        }));
    CHECK(d.booked().size() == 2);
}

TEST_CASE("Enter in the client search with no hit does nothing; the dialog stays and books "
          "nothing",
    "[ui][keyboard][calendar]")
{
    KeyboardData d;
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    REQUIRE(test::showActive(&page));
    REQUIRE(withModal<ui::AppointmentDialog>([&] { page.bookAppointment(); },
        [&](ui::AppointmentDialog *dialog) {
            REQUIRE(test::waitUntil([&] { return dialog->isActiveWindow(); }));
            type(QStringLiteral("nobody"));
            press(Qt::Key_Return);
            press(Qt::Key_Return);
            CHECK(dialog->isVisible());
            CHECK(dialog->clientPicker()->client().id.isEmpty());
            CHECK(QApplication::focusWidget() == dialog->clientPicker()->field());
            // The Book button with no client chosen: the cursor goes back to the search.
            dialog->findChild<QPushButton *>()->setFocus();
            dialog->saveIfComplete();
            CHECK(dialog->isVisible());
            CHECK(QApplication::focusWidget() == dialog->clientPicker()->field());
            CHECK(dialog->messageFor(QStringLiteral("client")).contains(QStringLiteral("Enter")));
        }));
    CHECK(d.booked().empty());
}

TEST_CASE("A time is typed as 1300, 13:00 or 13.00", "[ui][keyboard][calendar]")
{
    KeyboardData d;
    for (const QString &typed :
        {QStringLiteral("1300"), QStringLiteral("13:00"), QStringLiteral("13.00")}) {
        ui::AppointmentDialog dialog(d.data.services(), d.data.therapist, core::Appointment {},
            d.jens, d.data.staff.list(d.data.therapist));
        REQUIRE(test::showActive(&dialog));
        dialog.timeField()->setFocus();
        dialog.timeField()->selectAll();
        type(typed);
        CHECK(dialog.timeField()->time() == QTime(13, 0));
        press(Qt::Key_Tab);
        CHECK(dialog.timeField()->text() == QStringLiteral("13:00"));
        dialog.done(QDialog::Rejected);
    }
}

TEST_CASE("Enter does not save an incomplete form: the cursor goes to the empty field",
    "[ui][keyboard][dialogs]")
{
    KeyboardData d;
    core::Goal goal;
    goal.course = d.course.id;
    goal.theme = core::Theme::Health;
    goal.text = QStringLiteral("Sove igennem");
    goal.id = d.data.set.goals.create(d.data.therapist, goal).id;
    ui::GoalScoreDialog dialog(
        d.data.set.goals, d.data.therapist, goal.id, goal.text, d.today);
    REQUIRE(test::showActive(&dialog));
    dialog.findChild<ui::DateField *>()->setFocus();
    press(Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(QApplication::focusWidget() == dialog.scoreCombo());
    CHECK_FALSE(dialog.messageFor(QStringLiteral("score")).isEmpty());
    CHECK(d.data.set.goals.forCourse(d.data.therapist, d.course.id).front().scores.empty());
    dialog.scoreCombo()->setCurrentIndex(dialog.scoreCombo()->findData(2));
    press(Qt::Key_Return); // Enter on a closed drop-down reaches the dialog: now complete
    CHECK_FALSE(dialog.isVisible());
    CHECK(d.data.set.goals.forCourse(d.data.therapist, d.course.id).front().scores.size() == 1);
}

TEST_CASE("Ctrl+Enter saves a note from inside the text, Enter there starts a new line",
    "[ui][keyboard][dialogs]")
{
    KeyboardData d;
    ui::NoteDialog dialog(d.data.set.notes, d.data.therapist, d.jens.id, {d.course}, d.course.id);
    REQUIRE(test::showActive(&dialog));
    press(Qt::Key_Return, Qt::ControlModifier); // empty: nothing to sign
    CHECK(dialog.isVisible());
    type(QStringLiteral("Samtale om søvn."));
    press(Qt::Key_Return);
    type(QStringLiteral("Aftalt ny tid."));
    CHECK(dialog.isVisible());
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(dialog.isVisible());
    const auto notes = d.data.set.notes.journal(d.data.therapist, d.jens.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes.front().note.text == QStringLiteral("Samtale om søvn.\nAftalt ny tid."));
}

TEST_CASE("Esc closes an untouched dialog at once and asks first when something was typed",
    "[ui][keyboard][dialogs]")
{
    KeyboardData d;
    {
        ui::ClientDialog untouched(d.data.clients, d.data.therapist, core::Client {});
        REQUIRE(test::showActive(&untouched));
        press(Qt::Key_Escape);
        CHECK_FALSE(untouched.isVisible());
    }
    ui::ClientDialog typed(d.data.clients, d.data.therapist, core::Client {});
    REQUIRE(test::showActive(&typed));
    type(QStringLiteral("0101"));
    bool asked = false;
    QTimer::singleShot(50, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Cancel)->click(); // keep what was typed
        }
    });
    press(Qt::Key_Escape);
    CHECK(asked);
    CHECK(typed.isVisible());
    CHECK(typed.cprField()->text() == QStringLiteral("0101"));
}

TEST_CASE("Attendance keys ask before they change a cancelled appointment", "[ui][keyboard][calendar]")
{
    KeyboardData d;
    const QString cancelled = d.book(d.today, 8);
    const QString next = d.book(d.today, 10);
    d.data.set.appointments.setStatus(
        d.data.therapist, cancelled, core::AppointmentStatus::CancelledCentre);
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    REQUIRE(test::showActive(&page));
    page.setDay(d.today);
    QStringList asked;
    bool answer = false;
    page.attendance()->setConfirmation([&](const QString &question) {
        asked << question;
        return answer;
    });
    page.dayTable()->setFocus();
    page.dayTable()->setCurrentIndex(page.dayModel()->index(0, 1));
    press(Qt::Key_U);
    REQUIRE(asked.size() == 1);
    CHECK(asked.front().contains(QStringLiteral("Cancelled by centre")));
    CHECK(asked.front().contains(QStringLiteral("No-show")));
    const auto statusOf = [&](const QString &id) {
        for (const core::Appointment &a : d.booked())
            if (a.id == id) return a.status;
        return core::AppointmentStatus::Planned;
    };
    CHECK(statusOf(cancelled) == core::AppointmentStatus::CancelledCentre);
    CHECK(page.dayTable()->currentIndex().row() == 0); // the cursor stays on it
    press(Qt::Key_L); // the same status again: nothing to ask, nothing changes
    CHECK(asked.size() == 1);
    answer = true;
    press(Qt::Key_U);
    CHECK(statusOf(cancelled) == core::AppointmentStatus::NoShow);
    CHECK(page.dayTable()->currentIndex().row() == 1);
    press(Qt::Key_F); // a planned appointment is marked without a question
    CHECK(asked.size() == 2);
    CHECK(statusOf(next) == core::AppointmentStatus::Attended);
}

TEST_CASE("Ctrl+N books an appointment also while the record's tab bar has the cursor",
    "[ui][keyboard][record]")
{
    KeyboardData d;
    ui::ClientRecordWidget record(d.data.services(), d.data.therapist);
    record.resize(1200, 700);
    REQUIRE(test::showActive(&record));
    record.setRecord(d.jens, d.data.courses.forClient(d.data.therapist, d.jens.id), {}, d.today);
    REQUIRE(record.showTab(QStringLiteral("appointmentsTab")));
    record.tabs()->tabBar()->setFocus();
    REQUIRE(QApplication::focusWidget() == record.tabs()->tabBar());
    const bool opened = withModal<ui::AppointmentDialog>(
        [&] { press(Qt::Key_N, Qt::ControlModifier); },
        [&](ui::AppointmentDialog *dialog) { dialog->done(QDialog::Rejected); });
    CHECK(opened);
}

TEST_CASE("A CPR number already registered names that client and offers to open them",
    "[ui][keyboard][clients]")
{
    KeyboardData d;
    ui::ClientsPage page(d.data.services(), d.data.therapist);
    page.resize(1200, 700);
    REQUIRE(test::showActive(&page));
    REQUIRE(withModal<ui::ClientDialog>([&] { page.createClient(); },
        [&](ui::ClientDialog *dialog) {
            REQUIRE(test::waitUntil([&] { return dialog->isActiveWindow(); }));
            CHECK(QApplication::focusWidget() == dialog->cprField());
            type(QStringLiteral("010180-1235"));
            CHECK(dialog->messageFor(QStringLiteral("cpr")).contains(QStringLiteral("Jens Hansen")));
            REQUIRE(dialog->openExistingButton()->isVisible());
            CHECK(dialog->openExistingButton()->text().contains(QStringLiteral("Jens Hansen")));
            dialog->openExistingButton()->click();
        }));
    CHECK(page.isShowingRecord());
    CHECK(page.record()->clientId() == d.jens.id);
    CHECK(d.data.clients.count(d.data.therapist) == 1);
}

TEST_CASE("Letters typed in the client list start a search with them; Enter opens the one hit",
    "[ui][keyboard][clients]")
{
    KeyboardData d;
    d.data.addClient(QStringLiteral("Sofie"), QStringLiteral("Andersen"), QDate(1990, 5, 5), 1236);
    ui::ClientsPage page(d.data.services(), d.data.therapist);
    page.resize(1200, 700);
    REQUIRE(test::showActive(&page));
    QTableView *table = page.table();
    QLineEdit *search = page.searchField();
    table->setFocus();
    REQUIRE(test::waitUntil([&] { return table->hasFocus(); }));
    type(QStringLiteral("hans"));
    CHECK(search->hasFocus());
    CHECK(search->text() == QStringLiteral("hans"));
    press(Qt::Key_Return);
    REQUIRE(page.isShowingRecord());
    CHECK(page.record()->clientId() == d.jens.id);

    // Back in the list, the next letters replace the old search instead of adding to it; keys
    // with Ctrl stay the list's and the window's.
    page.focusSearch(); // the list again
    table->setFocus();
    REQUIRE(test::waitUntil([&] { return table->hasFocus(); }));
    press(Qt::Key_A, Qt::ControlModifier);
    CHECK(table->hasFocus());
    type(QStringLiteral("Sof"));
    CHECK(search->text() == QStringLiteral("Sof"));
}
