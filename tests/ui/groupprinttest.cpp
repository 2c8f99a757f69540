#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextDocument>

#include "ui/grouptitles.h"
#include "ui/print/groupattendancesheet.h"
#include "ui/translations.h"
#include "ui/views/groupspage.h"
#include "ui/widgets/coursestab.h"
#include "groupstestdata.h"

using namespace mestring;
using mestring::test::GroupTestData;

namespace {

// Two members and one who left before the session; the session a week ago.
struct SheetData
{
    GroupTestData g;
    QString hansen = g.clientCourse(QStringLiteral("Jens"), QStringLiteral("Hansen"), 1);
    QString andersen = g.clientCourse(QStringLiteral("Ida"), QStringLiteral("Andersen"), 2);
    QString berg = g.clientCourse(QStringLiteral("Ole"), QStringLiteral("Berg"), 3);
    QString id = g.group(8, 2, -7);

    SheetData()
    {
        for (const QString &course : {hansen, andersen, berg})
            g.groups().enrol(g.data.therapist, id, course, g.today.addDays(-30));
        g.groups().leave(g.data.therapist, id, berg, g.today.addDays(-10));
    }
    ui::GroupAttendanceSheet sheet()
    {
        const core::GroupDetails details = g.groups().details(g.data.therapist, id);
        return ui::GroupAttendanceSheet(details, details.group.sessions.at(0).id,
            {QStringLiteral("Anne Holm"), QStringLiteral("Bo Lind")});
    }
};

int inkedPixels(const QImage &image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(image.pixel(x, y)) < 128) ++inked;
        }
    }
    return inked;
}

} // namespace

TEST_CASE("The attendance list names the group, session, topic and leaders and lists the day's "
          "members for signatures",
    "[ui][groups][print]")
{
    SheetData s;
    const ui::GroupAttendanceSheet sheet = s.sheet();
    REQUIRE(sheet.members().size() == 2); // Berg left before the session
    CHECK(sheet.members()[0].name == QStringLiteral("Ida Andersen"));
    CHECK(sheet.members()[1].name == QStringLiteral("Jens Hansen"));
    const QString html = sheet.html();
    CHECK(html.contains(QStringLiteral("BASIS forår")));
    CHECK(html.contains(QStringLiteral("Emne 1")));
    CHECK(html.contains(QStringLiteral("Anne Holm, Bo Lind")));
    CHECK(html.contains(s.g.today.addDays(-7).toString(QStringLiteral("dd-MM-yyyy"))));
    CHECK(html.contains(QStringLiteral("10:00")));
    CHECK_FALSE(html.contains(QStringLiteral("Ole Berg")));

    // The document the printer gets draws text on the page.
    QTextDocument document;
    document.setPageSize(QSizeF(794, 1123));
    document.setHtml(html);
    QImage page(794, 1123, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    document.drawContents(&painter);
    painter.end();
    CHECK(inkedPixels(page) > 500);
}

TEST_CASE("The attendance list is written as a one-page PDF", "[ui][groups][print]")
{
    SheetData s;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fremmoede.pdf"));
    REQUIRE(s.sheet().writePdf(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.count("/Type /Page") - pdf.count("/Type /Pages") == 1);
    CHECK(pdf.contains("/Font"));
    CHECK_FALSE(s.sheet().writePdf(dir.filePath(QStringLiteral("missing/folder/x.pdf"))));
}

TEST_CASE(
    "A member's course shows its groups and attendance on the Forløb tab", "[ui][groups][courses]")
{
    SheetData s;
    const QString session = s.g.groups().get(s.g.data.therapist, s.id).sessions.at(0).id;
    s.g.groups().recordAttendance(
        s.g.data.therapist, s.id, session, s.hansen, core::AttendanceStatus::Attended);
    const core::Course course = s.g.data.courses.get(s.g.data.therapist, s.hansen);
    ui::CoursesTab tab(s.g.data.services(), s.g.data.therapist);
    tab.setCourses(course.client, {course}, {}, s.g.today);
    const QString details = tab.findChild<QLabel *>(QStringLiteral("courseDetails"))->text();
    CHECK(details.contains(QStringLiteral("Groups: BASIS forår: 1 of 2 attended")));
}

TEST_CASE("The group screens speak Danish: types, statuses and the waiting-list message",
    "[ui][groups][translations]")
{
    auto &app = *qApp;
    REQUIRE(ui::installTranslations(app) == QLatin1StringView("da"));
    CHECK(ui::groupTypeTitle(core::GroupType::Psychoeducation)
        == QStringLiteral("BASIS psykoedukation"));
    CHECK(
        ui::groupTypeTitle(core::GroupType::Cbt) == QStringLiteral("KAT (kognitiv adfærdsterapi)"));
    CHECK(ui::groupTypeTitle(core::GroupType::ThemeMorning) == QStringLiteral("Temaformiddag"));
    CHECK(ui::groupTypeTitle(core::GroupType::Relatives) == QStringLiteral("Pårørende"));
    CHECK(
        ui::attendanceStatusTitle(core::AttendanceStatus::Attended) == QStringLiteral("fremmødt"));
    CHECK(ui::attendanceStatusTitle(core::AttendanceStatus::NoShow) == QStringLiteral("udeblevet"));
    CHECK(ui::attendanceStatusTitle(core::AttendanceStatus::CancelledClient)
        == QStringLiteral("afbud"));
    {
        GroupTestData g;
        const QString id = g.group(1, 2, 2);
        ui::GroupsPage page(g.data.services(), g.data.therapist);
        page.refresh();
        REQUIRE(page.selectGroup(id));
        core::EnrolResult waiting;
        waiting.waiting = true;
        waiting.waitingPosition = 3;
        page.showEnrolled(QStringLiteral("Jens Hansen"), waiting);
        CHECK(page.message()->text()
            == QStringLiteral("Gruppen er fuld: Jens Hansen er på venteliste som nr. 3."));
    }
    ui::removeTranslations(app);
}

TEST_CASE("A client takes part in a group through one course: a second course is refused and the "
          "attendance list names the client once",
    "[ui][groups][print]")
{
    SheetData s;
    core::Course drug = s.g.data.courses.get(s.g.data.therapist, s.hansen);
    drug.id.clear();
    drug.kind = core::CourseKind::Drug;
    drug.legalBasis = core::LegalBasis::Sel101;
    drug.primarySubstance = core::Substance::Cannabis;
    const QString second = s.g.data.courses.create(s.g.data.therapist, drug).id;
    CHECK_THROWS(s.g.groups().enrol(s.g.data.therapist, s.id, second, s.g.today.addDays(-30)));
    const ui::GroupAttendanceSheet sheet = s.sheet();
    CHECK(sheet.members().size() == 2);
    CHECK(sheet.html().count(QStringLiteral("Jens Hansen")) == 1);
}
