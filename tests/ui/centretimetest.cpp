#include <catch2/catch.hpp>

#include <QLabel>
#include <QTableView>
#include <QTimeEdit>

#include "core/domain/clock.h"
#include "core/services/appointmentservice.h"
#include "core/storage/sqlquery.h"
#include "recordtestdata.h"
#include "ui/dialogs/appointmentdialog.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/models/calendarweekmodel.h"
#include "ui/views/calendarpage.h"
#include "ui/views/medicationpage.h"
#include "ui/views/overviewpage.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/timefield.h"
#include "ui/widgets/daywatcher.h"
#include "ui/widgets/record/coursechooser.h"
#include "uitestdatabase.h"

// These cases also run with TZ=UTC and TZ=America/New_York (tests/CMakeLists.txt): a
// therapist on a UTC terminal server must see what a Danish PC shows.

using mestring::core::Clock;
using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

// A centre whose clock stands at 09:00 Danish time on Wednesday 14 January 2026.
struct TimeData
{
    UiTestDatabase data;
    QDate today = setClock(Clock::at(QDate(2026, 1, 14), QTime(9, 0)));
    core::Client jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    core::Course course = test::addCourse(data, jens.id, QDate(2025, 6, 1));

    QDate setClock(const QDateTime &now)
    {
        data.set.clock.set(now);
        return data.set.clock.today();
    }
    QString book(const QDateTime &start, const QString &staff = QStringLiteral("s1"))
    {
        core::Appointment a;
        a.course = course.id;
        a.staff = staff;
        a.start = start;
        a.minutes = 30;
        return data.set.appointments.book(data.therapist, a).id;
    }
    static QStringList times(const ui::AppointmentTableModel &model)
    {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, ui::AppointmentTableModel::TimeColumn)
                         .data()
                         .toString()
                         .left(5);
        return shown;
    }
};

} // namespace

TEST_CASE("A booking typed as 13:00 is 13:00 Danish time in the store, the list and the week",
    "[ui][calendar][time]")
{
    TimeData d;
    const QDate day = d.today.addDays(1);
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    page.setDay(day);
    REQUIRE(withModal<ui::AppointmentDialog>([&] { page.bookAppointment(); },
        [&](ui::AppointmentDialog *dialog) {
            ui::ClientPicker *picker = dialog->clientPicker();
            picker->setClient(d.jens);
            Q_EMIT picker->clientPicked(d.jens);
            REQUIRE(dialog->courseField()->currentCourseId() == d.course.id);
            CHECK(dialog->dateField()->date() == day);
            dialog->timeField()->setTime(QTime(13, 0));
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        }));
    const auto booked = d.data.set.appointments.forCourse(d.data.therapist, d.course.id);
    REQUIRE(booked.size() == 1);
    CHECK(booked[0].start.toUTC() == utc("2026-01-15T12:00:00Z"));
    core::SqlQuery q(d.data.db, QStringLiteral("SELECT start_at, start_day FROM appointments"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2026-01-15T12:00:00.000Z"));
    CHECK(q.value(1).toString() == QStringLiteral("2026-01-15"));
    REQUIRE(page.dayModel()->rowCount() == 1);
    CHECK(TimeData::times(*page.dayModel()) == QStringList {QStringLiteral("13:00")});
    page.setView(ui::CalendarPage::View::Week);
    QStringList inWeek; // "row title: cell" of every filled cell of the day's column
    for (int row = 1; row < page.weekModel()->rowCount(); ++row) {
        const QString cell = page.weekModel()->index(row, day.dayOfWeek() - 1).data().toString();
        if (!cell.isEmpty())
            inWeek << page.weekModel()->headerData(row, Qt::Vertical).toString() + u": " + cell;
    }
    REQUIRE(inWeek.size() == 1);
    CHECK(inWeek[0].startsWith(QStringLiteral("13:00: 13:00 Jens Hansen")));
    // Opened again to move it, the dialog shows the same 13:00.
    page.setView(ui::CalendarPage::View::Day);
    page.dayTable()->setCurrentIndex(page.dayModel()->index(0, 1));
    REQUIRE(withModal<ui::AppointmentDialog>([&] { page.moveAppointment(); },
        [&](ui::AppointmentDialog *dialog) {
            CHECK(dialog->timeField()->time() == QTime(13, 0));
            CHECK(dialog->dateField()->date() == day);
            dialog->reject();
        }));
}

TEST_CASE("The booking dialog proposes the next whole hour of Danish time", "[ui][calendar][time]")
{
    TimeData d;
    d.setClock(utc("2026-01-14T09:20:00Z")); // 10:20 in Copenhagen
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    page.setDay(d.today);
    REQUIRE(withModal<ui::AppointmentDialog>([&] { page.bookAppointment(); },
        [&](ui::AppointmentDialog *dialog) {
            CHECK(dialog->dateField()->date() == d.today);
            CHECK(dialog->timeField()->time() == QTime(11, 0));
            dialog->reject();
        }));
}

TEST_CASE("An appointment after midnight is on the Danish day in the day list and the week",
    "[ui][calendar][time]")
{
    TimeData d;
    const QDate friday(2026, 1, 16);
    d.book(Clock::at(friday, QTime(0, 30))); // 23:30 UTC on Thursday
    d.book(Clock::at(friday.addDays(-1), QTime(23, 45))); // 22:45 UTC on Thursday
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    page.setDay(friday);
    CHECK(TimeData::times(*page.dayModel()) == QStringList {QStringLiteral("00:30")});
    page.setDay(friday.addDays(-1));
    CHECK(TimeData::times(*page.dayModel()) == QStringList {QStringLiteral("23:45")});
    page.setView(ui::CalendarPage::View::Week);
    const int row = page.weekModel()->rowCount() - 1; // one staff member: by hour, 23 last
    QStringList cells;
    for (int r = 1; r <= row; ++r) {
        for (int column = 0; column < 7; ++column) {
            const QString text = page.weekModel()->index(r, column).data().toString();
            if (!text.isEmpty()) cells << QStringLiteral("%1 %2").arg(column).arg(text.left(5));
        }
    }
    cells.sort();
    CHECK(cells == QStringList {QStringLiteral("3 23:45"), QStringLiteral("4 00:30")});
}

TEST_CASE("The day list is in time order: 07:00, 07:00, 07:30, 08:00", "[ui][calendar][time]")
{
    TimeData d;
    const QDate day = d.today.addDays(2);
    const auto nurse = d.data.addStaff(QStringLiteral("s2"), QStringLiteral("Mette Dahl"),
        core::Role::Nurse, QStringLiteral("mette"));
    d.book(Clock::at(day, QTime(8, 0)));
    d.book(utc("2026-01-16T06:00:00Z"), nurse.staffId); // 07:00, booked on a UTC PC
    d.book(utc("2026-01-16T01:30:00-05:00")); // 07:30, booked in New York
    d.book(Clock::at(day, QTime(7, 0)));
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    page.setStaff(QString());
    page.setDay(day);
    CHECK(TimeData::times(*page.dayModel())
        == QStringList {QStringLiteral("07:00"), QStringLiteral("07:00"), QStringLiteral("07:30"),
            QStringLiteral("08:00")});
}

TEST_CASE("On the days the clocks change the calendar shows the hours as they came",
    "[ui][calendar][time][dst]")
{
    TimeData d;
    d.setClock(Clock::at(QDate(2025, 3, 27), QTime(9, 0)));
    const QDate spring(2025, 3, 30);
    const QDate autumn(2025, 10, 26);
    d.book(Clock::at(spring, QTime(1, 30)));
    d.book(Clock::at(spring, QTime(3, 30)));
    d.book(utc("2025-10-26T00:15:00Z")); // 02:15 summer time
    d.book(utc("2025-10-26T01:05:00Z")); // 02:05 winter time, 50 minutes later
    d.book(Clock::at(autumn, QTime(23, 30)));
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.show();
    page.setDay(spring);
    CHECK(TimeData::times(*page.dayModel())
        == QStringList {QStringLiteral("01:30"), QStringLiteral("03:30")});
    page.setDay(autumn);
    CHECK(TimeData::times(*page.dayModel())
        == QStringList {QStringLiteral("02:15"), QStringLiteral("02:05"), QStringLiteral("23:30")});
    page.setView(ui::CalendarPage::View::Week);
    int shown = 0;
    for (int r = 1; r < page.weekModel()->rowCount(); ++r)
        shown += page.weekModel()->index(r, 6).data().toString().count(QStringLiteral("Jens"));
    CHECK(shown == 3); // all three on Sunday, none on Saturday or Monday
}

TEST_CASE("At midnight the calendar, the dispensing list and the overview move on to the new day",
    "[ui][time]")
{
    TimeData d;
    d.setClock(utc("2026-01-14T22:59:30Z")); // 23:59:30 in Copenhagen
    const QDate wednesday(2026, 1, 14);
    ui::CalendarPage calendar(d.data.services(), d.data.therapist);
    ui::CalendarPage elsewhere(d.data.services(), d.data.therapist);
    elsewhere.setDay(wednesday.addDays(7));
    const auto nurse = d.data.addStaff(QStringLiteral("s2"), QStringLiteral("Mette Dahl"),
        core::Role::Nurse, QStringLiteral("mette"));
    ui::MedicationPage medication(d.data.services(), nurse);
    ui::OverviewPage overview(d.data.services(), d.data.therapist);
    CHECK(calendar.day() == wednesday);
    CHECK(medication.day() == wednesday);

    d.data.set.clock.advance(60); // 00:00:30 on Thursday
    for (QWidget *page :
        std::initializer_list<QWidget *> {&calendar, &elsewhere, &medication, &overview}) {
        auto *watcher = page->findChild<ui::DayWatcher *>();
        REQUIRE(watcher);
        watcher->check();
    }
    CHECK(calendar.day() == wednesday.addDays(1));
    CHECK(medication.day() == wednesday.addDays(1));
    CHECK(elsewhere.day() == wednesday.addDays(7)); // a day chosen by hand stays
    bool saysThursday = false;
    for (const QLabel *label : overview.findChildren<QLabel *>())
        saysThursday = saysThursday || label->text().contains(QStringLiteral("15-01-2026"));
    CHECK(saysThursday);
}

TEST_CASE("A day watcher tells the change of the Danish day once, not the PC's", "[ui][time]")
{
    Clock clock(utc("2026-01-14T22:30:00Z")); // 23:30 in Copenhagen, still the 14th in UTC
    ui::DayWatcher watcher(clock, nullptr);
    CHECK(watcher.today() == QDate(2026, 1, 14));
    QList<QDate> told;
    QObject::connect(&watcher, &ui::DayWatcher::dayChanged,
        [&](const QDate &today, const QDate &previous) { told << today << previous; });
    watcher.check();
    clock.advance(45 * 60); // 00:15 on the 15th in Copenhagen, 23:15 on the 14th in UTC
    watcher.check();
    watcher.check();
    CHECK(told == QList<QDate> {QDate(2026, 1, 15), QDate(2026, 1, 14)});
}
