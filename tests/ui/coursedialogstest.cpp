#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "core/domain/enums.h"
#include "ui/dialogs/coursedialog.h"
#include "ui/dialogs/courseenddialog.h"
#include "ui/dialogs/coursestartdialog.h"
#include "ui/dialogs/phasedialog.h"
#include "ui/models/coursetablemodel.h"
#include "ui/widgets/coursestab.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
namespace core = mestring::core;
namespace ui = mestring::ui;

namespace {

const QDate today(2026, 11, 23);

void retype(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
}

QString registerRequest(UiTestDatabase &data, const QString &clientId, const QDate &requestDate)
{
    ui::CourseDialog dialog(
        data.courses, data.therapist, clientId, data.staff.list(data.therapist), today);
    dialog.show();
    retype(dialog.requestDateField(), requestDate.toString(QStringLiteral("dd-MM-yyyy")));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    return dialog.savedId();
}

} // namespace

TEST_CASE("Registering a request starts the guarantee countdown; starting it opens the course",
    "[ui][courses]")
{
    UiTestDatabase data;
    const core::Client client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const QString id = registerRequest(data, client.id, today.addDays(-3));
    core::Course course = data.courses.get(data.therapist, id);
    CHECK(course.requestDate == today.addDays(-3));
    CHECK_FALSE(course.startDate.isValid());
    CHECK(course.responsible == data.therapist.staffId);
    CHECK(core::CourseService::guaranteeDeadline(course) == today.addDays(11));

    ui::CourseStartDialog start(data.courses, data.therapist, course, today);
    start.show();
    CHECK_FALSE(start.delayReasonField()->isEnabled()); // day 3: within the guarantee
    start.accept();
    REQUIRE(start.result() == QDialog::Accepted);
    course = data.courses.get(data.therapist, id);
    CHECK(course.startDate == today);
    REQUIRE(course.currentPhase() == core::Phase::Intro);
}

TEST_CASE("Starting after day 14 without a delay reason is refused in the dialog", "[ui][courses]")
{
    UiTestDatabase data;
    const core::Client client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const QString id = registerRequest(data, client.id, today.addDays(-20));
    ui::CourseStartDialog start(
        data.courses, data.therapist, data.courses.get(data.therapist, id), today);
    start.show();
    CHECK(start.delayReasonField()->isEnabled());
    start.accept();
    CHECK(start.isVisible());
    CHECK_FALSE(start.messageFor(QStringLiteral("guarantee_delay_reason")).isEmpty());
    CHECK_FALSE(data.courses.get(data.therapist, id).startDate.isValid());

    retype(start.delayReasonField(), QStringLiteral("Borgeren var indlagt"));
    start.accept();
    CHECK(start.result() == QDialog::Accepted);
    CHECK(data.courses.get(data.therapist, id).guaranteeDelayReason
        == QStringLiteral("Borgeren var indlagt"));
}

TEST_CASE(
    "Ending a course without an outcome is refused and keeps what was chosen", "[ui][courses]")
{
    UiTestDatabase data;
    const core::Client client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const QString id = registerRequest(data, client.id, today.addDays(-60));
    data.courses.start(data.therapist, id, today.addDays(-50));
    ui::CourseEndDialog end(
        data.courses, data.therapist, data.courses.get(data.therapist, id), today);
    end.show();
    ui::setEnumComboValue(end.reasonField(), std::optional(core::EndReason::Completed));
    end.accept();
    CHECK(end.isVisible());
    CHECK_FALSE(end.messageFor(QStringLiteral("outcome")).isEmpty());
    CHECK(end.reasonField()->currentData().toString() == QStringLiteral("completed"));
    CHECK(data.courses.get(data.therapist, id).isOpen());

    ui::setEnumComboValue(end.outcomeField(), std::optional(core::Outcome::Abstinent));
    end.accept();
    CHECK(end.result() == QDialog::Accepted);
    const core::Course ended = data.courses.get(data.therapist, id);
    CHECK(ended.endDate == today);
    CHECK(ended.outcome == core::Outcome::Abstinent);
}

TEST_CASE("A step back to an earlier phase needs a note, which is saved with it", "[ui][courses]")
{
    UiTestDatabase data;
    const core::Client client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const QString id = registerRequest(data, client.id, today.addDays(-60));
    data.courses.start(data.therapist, id, today.addDays(-50));
    data.courses.changePhase(data.therapist, id, core::Phase::Treatment, today.addDays(-40));

    ui::PhaseDialog phase(
        data.courses, data.therapist, data.courses.get(data.therapist, id), today);
    phase.show();
    CHECK_FALSE(phase.noteField()->isEnabled()); // the next phase is suggested
    ui::setEnumComboValue(phase.phaseField(), std::optional(core::Phase::Assessment));
    CHECK(phase.noteField()->isEnabled());
    phase.accept();
    CHECK(phase.isVisible());
    CHECK_FALSE(phase.messageFor(QStringLiteral("note")).isEmpty());

    phase.noteField()->setPlainText(QStringLiteral("Tilbage til afklaring efter tilbagefald."));
    phase.accept();
    CHECK(phase.result() == QDialog::Accepted);
    CHECK(data.courses.get(data.therapist, id).currentPhase() == core::Phase::Assessment);
}

TEST_CASE("The Forløb tab offers the steps that fit the chosen course", "[ui][courses]")
{
    UiTestDatabase data;
    const core::Client client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const QString id = registerRequest(data, client.id, today.addDays(-12));
    ui::CoursesTab tab(data.services(), data.therapist);
    tab.setCourses(client.id, data.courses.forClient(data.therapist, client.id), {}, today);
    tab.show();
    REQUIRE(tab.selectedCourse());
    CHECK(tab.selectedCourse()->id == id);
    CHECK(tab.findChild<QPushButton *>(QStringLiteral("startCourseButton"))->isEnabled());
    CHECK_FALSE(tab.findChild<QPushButton *>(QStringLiteral("changePhaseButton"))->isEnabled());
    // Day 12 of the request: the countdown is shown as a warning.
    CHECK(tab.findChild<QLabel *>(QStringLiteral("courseDetails"))
              ->text()
              .contains(QStringLiteral("12")));

    data.courses.start(data.therapist, id, today);
    tab.setCourses(client.id, data.courses.forClient(data.therapist, client.id), {}, today);
    CHECK_FALSE(tab.findChild<QPushButton *>(QStringLiteral("startCourseButton"))->isEnabled());
    CHECK(tab.findChild<QPushButton *>(QStringLiteral("changePhaseButton"))->isEnabled());
    CHECK(tab.findChild<QPushButton *>(QStringLiteral("endCourseButton"))->isEnabled());
}
