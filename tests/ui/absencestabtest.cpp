#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include "core/domain/clock.h"
#include "ui/widgets/datefield.h"

#include <QTableView>

#include "core/services/absenceservice.h"
#include "core/services/appointmentservice.h"
#include "recordtestdata.h"
#include "ui/dialogs/absencedialog.h"
#include "ui/models/absencetablemodel.h"
#include "ui/widgets/record/absencestab.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

TEST_CASE("The absence table passes QAbstractItemModelTester and shows open-ended periods",
    "[ui][absences]")
{
    ui::AbsenceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::Absence holiday {QStringLiteral("f1"), QStringLiteral("c1"), QDate(2025, 7, 1),
        QDate(2025, 7, 21), core::AbsenceReason::Holiday, QString()};
    core::Absence prison {QStringLiteral("f2"), QStringLiteral("c1"), QDate(2025, 9, 1), QDate(),
        core::AbsenceReason::Prison, QStringLiteral("Horsens")};
    model.setAbsences({holiday, prison});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ui::AbsenceTableModel::ToColumn).data().toString()
        == QStringLiteral("open-ended"));
    CHECK(model.index(1, ui::AbsenceTableModel::FromColumn).data().toString()
        == QStringLiteral("01-07-2025"));
    model.setAbsences({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("An absence that cancels a planned appointment lists it before anything is saved",
    "[ui][absences]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto course = test::addCourse(data, client.id, today.addMonths(-1));
    core::Appointment appointment;
    appointment.course = course.id;
    appointment.staff = data.therapist.staffId;
    appointment.start = core::Clock::at(today.addDays(10), QTime(10, 0));
    const QString appointmentId = data.set.appointments.book(data.therapist, appointment).id;

    ui::AbsencesTab tab(data.services(), data.therapist);
    tab.show();
    tab.setClient(client, data.courses.forClient(data.therapist, client.id), today);
    auto *add = tab.findChild<QAction *>(QStringLiteral("newAbsenceAction"));
    REQUIRE(withModal<ui::AbsenceDialog>([&] { add->trigger(); },
        [&](ui::AbsenceDialog *dialog) {
            dialog->fromField()->setDate(today.addDays(7));
            dialog->toField()->setDate(today.addDays(14));
            dialog->accept();
            // First Save: the list, nothing saved yet.
            CHECK(dialog->isVisible());
            REQUIRE(dialog->shownCancellations().size() == 1);
            CHECK(dialog->shownCancellations()[0].id == appointmentId);
            CHECK(dialog->cancellationText().contains(
                today.addDays(10).toString(QStringLiteral("dd-MM-yyyy"))));
            CHECK(dialog->cancellationText().contains(QStringLiteral("10:00")));
            CHECK(data.set.absences.forClient(data.therapist, client.id).empty());
            // Second Save: saved and cancelled.
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        }));
    CHECK(data.set.absences.forClient(data.therapist, client.id).size() == 1);
    const auto appointments = data.set.appointments.forCourse(data.therapist, course.id);
    REQUIRE(appointments.size() == 1);
    CHECK(appointments[0].status == core::AppointmentStatus::CancelledClient);
    CHECK(tab.model()->rowCount() == 1);
    CHECK(tab.message().contains(QStringLiteral("1 planned appointment")));
}

TEST_CASE("Changing the dates after the list was shown asks core again", "[ui][absences]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto course = test::addCourse(data, client.id, today.addMonths(-1));
    core::Appointment appointment;
    appointment.course = course.id;
    appointment.staff = data.therapist.staffId;
    appointment.start = core::Clock::at(today.addDays(10), QTime(10, 0));
    data.set.appointments.book(data.therapist, appointment);

    core::Absence draft;
    draft.client = client.id;
    draft.from = today.addDays(7);
    ui::AbsenceDialog dialog(data.set.absences, data.therapist, draft, {});
    dialog.show();
    dialog.accept();
    REQUIRE(dialog.shownCancellations().size() == 1);
    // Moving the period past the appointment: the list goes, and Save saves at once.
    dialog.fromField()->setDate(today.addDays(11));
    CHECK(dialog.cancellationText().isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.cancelled().empty());
    CHECK(data.set.appointments.forCourse(data.therapist, course.id)[0].status
        == core::AppointmentStatus::Planned);
}
