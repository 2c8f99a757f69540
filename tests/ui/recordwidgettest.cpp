#include <catch2/catch.hpp>

#include <QTabWidget>

#include "core/domain/caseload.h"
#include "core/domain/clock.h"
#include "core/services/courseservice.h"
#include "core/services/permissions.h"
#include "recordtestdata.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/record/coursechooser.h"
#include "ui/widgets/record/goalstab.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using namespace mestring;
namespace test = mestring::test;

TEST_CASE("The client record has Stamdata, Forløb, Aftaler, plan, assessment, FIT, journal and "
          "absence tabs, and Medicin for those who read medication",
    "[ui][record]")
{
    UiTestDatabase data;
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    ui::ClientRecordWidget record(data.services(), data.therapist);
    QStringList names;
    for (int i = 1; i < record.tabs()->count(); ++i)
        names << record.tabs()->widget(i)->objectName();
    QStringList expected {QStringLiteral("coursesTab"), QStringLiteral("appointmentsTab"),
        QStringLiteral("goalsTab"),
        QStringLiteral("assessmentsTab"), QStringLiteral("fitTab"), QStringLiteral("journalTab"),
        QStringLiteral("absencesTab")};
    if (core::roleHas(data.therapist.role, core::Permission::ReadMedication))
        expected << QStringLiteral("medicationTab");
    CHECK(names == expected);
    record.setRecord(client, std::vector<core::Course>(), {}, core::Clock().today());
    CHECK(record.tabs()->currentIndex() == 0);

    const auto admin = data.addStaff(QStringLiteral("s7"), QStringLiteral("Sofie Nielsen"),
        core::Role::AdminStaff, QStringLiteral("sofie"));
    ui::ClientRecordWidget adminRecord(data.services(), admin);
    // The secretary's Medicin tab stays in its place, greyed, and says there is no access.
    for (int i = 0; i < adminRecord.tabs()->count(); ++i) {
        if (adminRecord.tabs()->widget(i)->objectName() != QStringLiteral("medicationTab"))
            continue;
        CHECK_FALSE(adminRecord.tabs()->isTabEnabled(i));
        CHECK(adminRecord.tabs()->tabToolTip(i).contains(QStringLiteral("access")));
    }
}

TEST_CASE("A goal flag opens Plan og mål on the flagged course", "[ui][record][goals]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto older = test::addCourse(data, client.id, today.addYears(-3));
    data.courses.end(data.therapist, older.id, today.addYears(-2), core::EndReason::Completed,
        core::Outcome::Reduced);
    const auto current = test::addCourse(data, client.id, today.addMonths(-2));

    ui::ClientRecordWidget record(data.services(), data.therapist);
    record.show();
    record.setRecord(client, data.courses.forClient(data.therapist, client.id), {}, today);
    auto *goals = record.findChild<ui::GoalsTab *>(QStringLiteral("goalsTab"));
    REQUIRE(goals);
    CHECK(goals->courseChooser()->currentCourseId() == current.id); // the active one by default

    record.showPlaceFor(core::CaseloadFlagKind::GoalPastDeadline, older.id);
    CHECK(record.tabs()->currentWidget() == goals);
    CHECK(goals->courseChooser()->currentCourseId() == older.id);
}
