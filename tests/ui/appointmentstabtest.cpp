#include <catch2/catch.hpp>

#include <QAction>
#include <QTableView>
#include <QTest>

#include "core/domain/clock.h"
#include "core/domain/noshowrate.h"
#include "core/services/appointmentservice.h"
#include "core/storage/appointmentrepository.h"
#include "recordtestdata.h"
#include "ui/dialogs/appointmentdialog.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/timefield.h"
#include "ui/widgets/record/appointmentstab.h"
#include "ui/widgets/record/coursechooser.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

namespace {

// Past appointments are stored as they were recorded then (the service refuses nothing about
// the past, but booking goes through the repository to set the status directly).
void stored(UiTestDatabase &data, const QString &course, const QDate &day,
    core::AppointmentStatus status)
{
    core::Appointment a;
    a.id = QStringLiteral("a-") + day.toString(Qt::ISODate);
    a.course = course;
    a.staff = data.therapist.staffId;
    a.start = core::Clock::at(day, QTime(10, 0));
    a.status = status;
    core::AppointmentRepository(data.db).insert(a);
}

} // namespace

TEST_CASE("The Aftaler tab lists past and future appointments with the no-show rate of the "
          "definition",
    "[ui][appointments]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto course = test::addCourse(data, client.id, today.addYears(-2));
    stored(data, course.id, today.addMonths(-18), core::AppointmentStatus::NoShow);
    stored(data, course.id, today.addDays(-30), core::AppointmentStatus::Attended);
    stored(data, course.id, today.addDays(-20), core::AppointmentStatus::NoShow);
    stored(data, course.id, today.addDays(-10), core::AppointmentStatus::CancelledClient);
    stored(data, course.id, today.addDays(-5), core::AppointmentStatus::Attended);
    stored(data, course.id, today.addDays(7), core::AppointmentStatus::Planned);

    ui::AppointmentsTab tab(data.services(), data.therapist);
    tab.show();
    tab.setClient(client, data.courses.forClient(data.therapist, client.id), today);
    REQUIRE(tab.model()->rowCount() == 6);
    // The list opens on the next appointment.
    CHECK(tab.table()->currentIndex().row() == 5);
    // All time 2 of 4; the last 12 months 1 of 3: the same as core's function.
    const auto all = core::noShowRate(
        data.set.appointments.forClient(data.therapist, client.id, QDate()));
    CHECK(all.noShows == 2);
    CHECK(all.counted == 4);
    CHECK(tab.rateText().contains(QStringLiteral("50 % (2 of 4)")));
    CHECK(tab.rateText().contains(QStringLiteral("33 % (1 of 3)")));
}

TEST_CASE("A no-show on the Aftaler tab asks to contact the client until an attended "
          "appointment is marked",
    "[ui][appointments]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto course = test::addCourse(data, client.id, today.addMonths(-2));
    stored(data, course.id, today.addDays(-3), core::AppointmentStatus::NoShow);
    stored(data, course.id, today, core::AppointmentStatus::Planned);

    ui::AppointmentsTab tab(data.services(), data.therapist);
    REQUIRE(test::showActive(&tab));
    tab.setClient(client, data.courses.forClient(data.therapist, client.id), today);
    CHECK_FALSE(tab.contactText().isEmpty());
    REQUIRE(tab.table()->currentIndex().row() == 1); // today's
    tab.table()->setFocus();
    QTest::keyClick(tab.table(), Qt::Key_F);
    CHECK(tab.model()->entryAt(1).appointment.status == core::AppointmentStatus::Attended);
    CHECK(tab.contactText().isEmpty());
    CHECK(tab.rateText().contains(QStringLiteral("50 % (1 of 2)")));
}

TEST_CASE("Booking from the Aftaler tab books for the open client and shows the booking",
    "[ui][appointments]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto course = test::addCourse(data, client.id, today.addMonths(-2));
    ui::AppointmentsTab tab(data.services(), data.therapist);
    tab.show();
    tab.setClient(client, data.courses.forClient(data.therapist, client.id), today);
    auto *book = tab.findChild<QAction *>(QStringLiteral("bookAppointmentAction"));
    REQUIRE(book);
    REQUIRE(withModal<ui::AppointmentDialog>([&] { book->trigger(); },
        [&](ui::AppointmentDialog *dialog) {
            CHECK(dialog->clientPicker() == nullptr); // the client is given
            CHECK(dialog->courseField()->currentCourseId() == course.id);
            dialog->dateField()->setDate(today.addDays(2));
            dialog->timeField()->setTime(QTime(13, 15));
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        }));
    REQUIRE(tab.model()->rowCount() == 1);
    CHECK(tab.model()->entryAt(0).appointment.start
        == core::Clock::at(today.addDays(2), QTime(13, 15)));
    CHECK(tab.message().contains(QStringLiteral("booked")));
}
