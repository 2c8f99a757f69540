#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/domain/clock.h"
#include "core/services/absenceservice.h"
#include "core/services/appointmentservice.h"
#include "recordtestdata.h"
#include "ui/dialogs/appointmentdialog.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/models/calendarweekmodel.h"
#include "ui/print/daylist.h"
#include "ui/print/htmlprint.h"
#include "ui/views/calendarpage.h"
#include "ui/widgets/attendanceactions.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/timefield.h"
#include "ui/widgets/record/coursechooser.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

namespace {

struct CalendarData
{
    UiTestDatabase data;
    QDate today = core::Clock().today();
    core::Client jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    core::Client maria
        = data.addClient(QStringLiteral("Maria"), QStringLiteral("Berg"), QDate(1975, 5, 5), 1236);
    core::Course jensCourse = test::addCourse(data, jens.id, today.addMonths(-2));
    core::Course mariaCourse = test::addCourse(data, maria.id, today.addMonths(-2));

    QString book(const core::Course &course, const QDate &day, int hour,
        const QString &staff = QStringLiteral("s1"))
    {
        core::Appointment a;
        a.course = course.id;
        a.staff = staff;
        a.start = core::Clock::at(day, QTime(hour, 0));
        return data.set.appointments.book(data.therapist, a).id;
    }
    core::AppointmentStatus statusOf(const QString &id)
    {
        for (const core::Appointment &a : data.set.appointments.onDay(data.therapist, today)) {
            if (a.id == id) return a.status;
        }
        FAIL("appointment not found");
        return core::AppointmentStatus::Planned;
    }
};

} // namespace

TEST_CASE("The appointment list and the week grid pass QAbstractItemModelTester",
    "[ui][calendar]")
{
    CalendarData d;
    d.book(d.jensCourse, d.today, 9);
    d.book(d.mariaCourse, d.today.addDays(1), 13);
    const core::CalendarSpan span = d.data.set.appointments.calendar(
        d.data.therapist, d.today.addDays(-d.today.dayOfWeek() + 1),
        d.today.addDays(7 - d.today.dayOfWeek()));
    ui::AppointmentTableModel list;
    QAbstractItemModelTester listTester(
        &list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.setEntries(span.appointments, {{QStringLiteral("s1"), QStringLiteral("Anne Holm")}});
    ui::CalendarWeekModel week;
    QAbstractItemModelTester weekTester(
        &week, QAbstractItemModelTester::FailureReportingMode::Fatal);
    week.setSpan(span, {{QStringLiteral("s1"), QStringLiteral("Anne Holm")}});
    CHECK(week.columnCount() == 7);
    CHECK(week.headerData(1, Qt::Vertical).toString() == QStringLiteral("Anne Holm"));
    list.setStatus(0, core::AppointmentStatus::Attended);
    CHECK(list.index(0, ui::AppointmentTableModel::StatusColumn).data().toString()
        == QStringLiteral("Attended"));
}

TEST_CASE("A morning's attendance is marked by keyboard in the day view and stored",
    "[ui][calendar]")
{
    CalendarData d;
    const QString first = d.book(d.jensCourse, d.today, 8);
    const QString second = d.book(d.mariaCourse, d.today, 9);
    const QString third = d.book(d.jensCourse, d.today, 11);
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.resize(1200, 700);
    REQUIRE(test::showActive(&page));
    page.setDay(d.today);
    REQUIRE(page.dayModel()->rowCount() == 3);
    page.dayTable()->setFocus();
    page.dayTable()->setCurrentIndex(page.dayModel()->index(0, 1));

    QTest::keyClick(page.dayTable(), Qt::Key_F);
    QTest::keyClick(page.dayTable(), Qt::Key_U);
    QTest::keyClick(page.dayTable(), Qt::Key_A);
    CHECK(d.statusOf(first) == core::AppointmentStatus::Attended);
    CHECK(d.statusOf(second) == core::AppointmentStatus::NoShow);
    CHECK(d.statusOf(third) == core::AppointmentStatus::CancelledClient);
    CHECK(page.dayModel()->index(1, ui::AppointmentTableModel::StatusColumn).data().toString()
        == QStringLiteral("No-show"));
    // P corrects a mistake.
    page.dayTable()->setCurrentIndex(page.dayModel()->index(1, 1));
    QTest::keyClick(page.dayTable(), Qt::Key_P);
    CHECK(d.statusOf(second) == core::AppointmentStatus::Planned);
    CHECK(page.message().isEmpty());
}

TEST_CASE("Marking a future appointment as attended is refused with the reason and changes "
          "nothing",
    "[ui][calendar]")
{
    CalendarData d;
    const QDate tomorrow = d.today.addDays(1);
    const QString id = d.book(d.jensCourse, tomorrow, 10);
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    page.setDay(tomorrow);
    REQUIRE(page.dayModel()->rowCount() == 1);
    page.dayTable()->setCurrentIndex(page.dayModel()->index(0, 1));
    CHECK_FALSE(page.attendance()->mark(core::AppointmentStatus::Attended));
    CHECK(page.message().contains(QStringLiteral("on the day or after")));
    CHECK(page.dayModel()->entryAt(0).appointment.status == core::AppointmentStatus::Planned);
    // Cancelling ahead of time is allowed.
    CHECK(page.attendance()->mark(core::AppointmentStatus::CancelledCentre));
    CHECK(d.data.set.appointments.forCourse(d.data.therapist, d.jensCourse.id)[0].id == id);
    CHECK(d.data.set.appointments.forCourse(d.data.therapist, d.jensCourse.id)[0].status
        == core::AppointmentStatus::CancelledCentre);
}

TEST_CASE("Booking from the calendar finds the client, shows a conflict before saving and books",
    "[ui][calendar]")
{
    CalendarData d;
    const QDate day = d.today.addDays(3);
    d.book(d.mariaCourse, day, 10); // Anne Holm is busy 10-11
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    page.setDay(day);
    REQUIRE(withModal<ui::AppointmentDialog>([&] { page.bookAppointment(); },
        [&](ui::AppointmentDialog *dialog) {
            dialog->accept(); // no client yet: refused, stays open
            CHECK(dialog->isVisible());
            CHECK(dialog->messageFor(QStringLiteral("client")).contains(QStringLiteral("Find")));
            ui::ClientPicker *picker = dialog->clientPicker();
            picker->field()->setText(QStringLiteral("hansen"));
            picker->searchNow();
            QTest::keyClick(picker->field(), Qt::Key_Return);
            CHECK(picker->client().id == d.jens.id);
            CHECK(dialog->courseField()->currentCourseId() == d.jensCourse.id);
            dialog->dateField()->setDate(day);
            dialog->timeField()->setTime(QTime(10, 30));
            dialog->refreshConflicts();
            CHECK(dialog->conflictText().contains(QStringLiteral("Anne Holm")));
            CHECK(dialog->conflictText().contains(QStringLiteral("10:00")));
            dialog->timeField()->setTime(QTime(11, 0));
            dialog->refreshConflicts();
            CHECK(dialog->conflictText().contains(QStringLiteral("No conflicts")));
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        }));
    const auto booked = d.data.set.appointments.forCourse(d.data.therapist, d.jensCourse.id);
    REQUIRE(booked.size() == 1);
    CHECK(booked[0].start == core::Clock::at(day, QTime(11, 0)));
    CHECK(booked[0].status == core::AppointmentStatus::Planned);
    CHECK(page.dayModel()->rowCount() == 2);
}

TEST_CASE("Moving an appointment keeps its client and type and saves the new time",
    "[ui][calendar]")
{
    CalendarData d;
    const QDate day = d.today.addDays(2);
    const QString id = d.book(d.jensCourse, day, 10);
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    page.setDay(day);
    page.dayTable()->setCurrentIndex(page.dayModel()->index(0, 1));
    REQUIRE(withModal<ui::AppointmentDialog>([&] { page.moveAppointment(); },
        [&](ui::AppointmentDialog *dialog) {
            CHECK_FALSE(dialog->courseField()->isEnabled());
            dialog->dateField()->setDate(day.addDays(1));
            dialog->timeField()->setTime(QTime(14, 0));
            dialog->minutesField()->setValue(45);
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        }));
    const auto moved = d.data.set.appointments.forCourse(d.data.therapist, d.jensCourse.id);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].id == id);
    CHECK(moved[0].start == core::Clock::at(day.addDays(1), QTime(14, 0)));
    CHECK(moved[0].minutes == 45);
    CHECK(page.day() == day.addDays(1));
}

TEST_CASE("The calendar shows absences; an absence cancels the planned appointments inside it",
    "[ui][calendar][absences]")
{
    CalendarData d;
    const QDate day = d.today.addDays(5);
    const QString id = d.book(d.jensCourse, day, 10);
    core::Absence holiday;
    holiday.client = d.jens.id;
    holiday.from = day.addDays(-1);
    holiday.to = day.addDays(2);
    d.data.set.absences.create(d.data.therapist, holiday);
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    page.setDay(day);
    CHECK(page.absenceText().contains(QStringLiteral("Jens Hansen")));
    REQUIRE(page.dayModel()->rowCount() == 1);
    CHECK(page.dayModel()->entryAt(0).appointment.id == id);
    CHECK(page.dayModel()->entryAt(0).appointment.status
        == core::AppointmentStatus::CancelledClient);

    page.setView(ui::CalendarPage::View::Week);
    const QModelIndex absentCell = page.weekModel()->index(0, day.dayOfWeek() - 1);
    CHECK(absentCell.data().toString().contains(QStringLiteral("Jens Hansen")));
}

TEST_CASE("The centre's week opens a staff member's day from a cell", "[ui][calendar]")
{
    CalendarData d;
    const QDate monday = d.today.addDays(8 - d.today.dayOfWeek());
    d.book(d.jensCourse, monday.addDays(2), 10);
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    REQUIRE(test::showActive(&page));
    page.setStaff(QString());
    page.setDay(monday);
    page.setView(ui::CalendarPage::View::Week);
    REQUIRE(page.weekModel()->rowCount() == 2); // absent row + Anne Holm
    const QModelIndex cell = page.weekModel()->index(1, 2);
    CHECK(cell.data().toString().contains(QStringLiteral("10:00 Jens Hansen")));
    page.weekTable()->setFocus();
    page.weekTable()->setCurrentIndex(cell);
    QTest::keyClick(page.weekTable(), Qt::Key_Return);
    CHECK(page.view() == ui::CalendarPage::View::Day);
    CHECK(page.day() == monday.addDays(2));
    CHECK(page.staff() == QStringLiteral("s1"));
    CHECK(page.dayModel()->rowCount() == 1);
}

TEST_CASE("The printed day list has a page per staff member with the day's appointments",
    "[ui][calendar][print]")
{
    CalendarData d;
    const auto nurse = d.data.addStaff(
        QStringLiteral("s2"), QStringLiteral("Mette Dahl"), core::Role::Nurse, QStringLiteral("mette"));
    d.book(d.jensCourse, d.today, 9);
    d.book(d.mariaCourse, d.today, 10, nurse.staffId);
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    page.setStaff(QString());
    page.setDay(d.today);
    const ui::DayList list = page.dayList();
    CHECK(list.staffOnPages() == QStringList {QStringLiteral("s1"), QStringLiteral("s2")});
    const QString html = list.html();
    CHECK(html.contains(QStringLiteral("Anne Holm")));
    CHECK(html.contains(QStringLiteral("Mette Dahl")));
    CHECK(html.contains(QStringLiteral("Maria Berg")));
    CHECK(html.count(QStringLiteral("page-break-before")) == 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("day.pdf"));
    REQUIRE(ui::writeHtmlPdf(path, html));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type/Page")
        >= 2);
}
