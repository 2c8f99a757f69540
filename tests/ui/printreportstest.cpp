#include <catch2/catch.hpp>

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

#include "core/reports/clientstatusreport.h"
#include "core/reports/followupreport.h"
#include "ui/print/clientstatusprint.h"
#include "ui/print/followupreportprint.h"
#include "ui/views/clientspage.h"
#include "ui/views/overviewpage.h"
#include "ui/widgets/clientrecordwidget.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
namespace core = mestring::core;
namespace ui = mestring::ui;

namespace {

const QDate today(2026, 3, 2);
const QDate printed(2026, 3, 3);

// Paints with `paint` into a PDF in memory; returns the pages and collects the texts drawn.
template <typename Paint> int paintPdf(Paint &&paint, QStringList &drawn, QByteArray &bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(150);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    return paint(writer, &drawn);
}

bool drawnContains(const QStringList &drawn, const QString &text)
{
    return std::any_of(
        drawn.begin(), drawn.end(), [&](const QString &s) { return s.contains(text); });
}

core::Goal goal(const QString &text, std::vector<core::GoalScore> scores)
{
    core::Goal g;
    g.id = text;
    g.text = text;
    g.theme = core::Theme::SubstanceUse;
    g.baselineScore = 3;
    g.targetScore = 1;
    g.scores = std::move(scores);
    return g;
}

core::FollowupCourse followupCourse(const QString &name, bool anonymous = false)
{
    core::FollowupCourse c;
    c.row.courseId = name;
    c.row.clientName = name;
    c.row.anonymous = anonymous;
    c.row.birthDate = anonymous ? QDate() : QDate(1980, 1, 1);
    c.row.phase = core::Phase::Treatment;
    c.row.startDate = QDate(2025, 5, 1);
    return c;
}

core::FollowupReport followupReport()
{
    core::FollowupReport report;
    report.today = today;
    report.noShowFrom = QDate(2025, 3, 3);
    report.responsibleId = QStringLiteral("s1");
    report.responsibleName = QStringLiteral("Anne Holm");
    core::FollowupCourse full = followupCourse(QStringLiteral("Jens Hansen"));
    full.goals.push_back(goal(QStringLiteral("Drikke mindre"), {{QDate(2026, 2, 10), 1}}));
    full.noShows = {1, 3};
    full.lastContact = QDate(2026, 2, 20);
    full.nextDue = QDate(2026, 2, 28);
    full.row.flags.push_back(
        {core::CaseloadFlagKind::ContactAfterNoShow, QDate(2026, 2, 25), QDate(2026, 2, 25)});
    report.courses.push_back(full);
    core::FollowupCourse bare = followupCourse(QStringLiteral("Ravnen"), true);
    report.courses.push_back(bare);
    return report;
}

} // namespace

TEST_CASE("Opfølgning pr. behandler paints each active course with its goals, latest score, "
          "no-show rate and flags on a PDF page with header and footer",
    "[ui][print][report]")
{
    const core::FollowupReport report = followupReport();
    QStringList drawn;
    QByteArray bytes;
    const int pages
        = paintPdf([&](QPagedPaintDevice &d,
                       QStringList *t) { return ui::paintFollowupReport(d, report, printed, t); },
            drawn, bytes);
    CHECK(pages == 1);
    CHECK(bytes.startsWith("%PDF"));
    CHECK(drawnContains(drawn, QStringLiteral("Follow-up per therapist")));
    CHECK(drawnContains(drawn, QStringLiteral("Therapist: Anne Holm")));
    CHECK(drawnContains(drawn, QStringLiteral("03-03-2025 – 02-03-2026")));
    CHECK(drawnContains(drawn, QStringLiteral("Printed 03-03-2026")));
    CHECK(drawnContains(drawn, QStringLiteral("Page 1 of 1")));
    CHECK(drawnContains(drawn, QStringLiteral("Jens Hansen, born 01-01-1980")));
    CHECK(drawnContains(drawn, QStringLiteral("Drikke mindre")));
    CHECK(drawnContains(drawn, QStringLiteral("latest 1 light (10-02-2026)")));
    CHECK(drawnContains(drawn, QStringLiteral("33 % (1 of 3)")));
    CHECK(
        drawnContains(drawn, core::caseloadFlagTitle(core::CaseloadFlagKind::ContactAfterNoShow)));
    // The anonymous client by alias alone, without goals and without a rate.
    CHECK(drawn.contains(QStringLiteral("Ravnen")));
    CHECK(drawnContains(drawn, QStringLiteral("No active goals")));
    CHECK(drawn.count(QStringLiteral("–")) >= 3); // last contact, next due, rate of Ravnen
}

TEST_CASE("A long caseload review runs over pages, each with the therapist and its page number",
    "[ui][print][report]")
{
    core::FollowupReport report = followupReport();
    for (int i = 0; i < 40; ++i)
        report.courses.push_back(report.courses.front());
    QStringList drawn;
    QByteArray bytes;
    const int pages
        = paintPdf([&](QPagedPaintDevice &d,
                       QStringList *t) { return ui::paintFollowupReport(d, report, printed, t); },
            drawn, bytes);
    REQUIRE(pages > 2);
    CHECK(drawn.count(QStringLiteral("Therapist: Anne Holm")) == pages);
    CHECK(drawnContains(drawn, QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(drawn.count(QStringLiteral("Jens Hansen, born 01-01-1980")) == 41);
}

TEST_CASE("Borgerstatus paints master data, goals with sub-goals, the assessment charts, "
          "attendance and the current medication",
    "[ui][print][report]")
{
    core::ClientStatusReport report;
    report.today = today;
    report.attendanceFrom = QDate(2025, 9, 3);
    report.client.firstName = QStringLiteral("Jens");
    report.client.lastName = QStringLiteral("Hansen");
    report.client.cpr = QStringLiteral("0101801235");
    report.client.birthDate = QDate(1980, 1, 1);
    core::ClientStatusCourse shown;
    shown.course.kind = core::CourseKind::Alcohol;
    shown.course.requestDate = shown.course.startDate = QDate(2025, 5, 1);
    shown.course.phases = {{core::Phase::Treatment, QDate(2025, 6, 1)}};
    shown.responsibleName = QStringLiteral("Anne Holm");
    core::Goal g = goal(QStringLiteral("Drikke mindre"), {{QDate(2026, 2, 10), 2}});
    g.subgoals = {{QStringLiteral("Gå til AA-møde"), QDate(2026, 4, 1), {}},
        {QStringLiteral("Tale med lægen"), QDate(2026, 1, 1), QDate(2025, 12, 20)}};
    shown.goals.push_back(g);
    for (int i = 0; i < 3; ++i) {
        core::Assessment a;
        a.date = QDate(2025, 5, 1).addMonths(3 * i);
        a.type = i == 0 ? core::AssessmentType::Intake : core::AssessmentType::Followup;
        a.setArea(core::LifeArea::Alcohol, 4 - i);
        a.setArea(core::LifeArea::MentalHealth, 2);
        a.qualityOfLife = 8 + 3 * i;
        shown.assessments.push_back(a);
    }
    report.courses.push_back(shown);
    for (int s = 0; s < core::enumCount<core::AppointmentStatus>(); ++s)
        report.attendance[core::AppointmentStatus(s)] = s;
    report.noShows = {2, 3};
    report.medicationShown = true;
    core::Prescription p;
    p.drug = core::Drug::Disulfiram;
    p.category = core::DrugCategory::Antabus;
    p.doseMg = 400;
    p.start = QDate(2025, 8, 1);
    report.prescriptions.push_back(p);

    QStringList drawn;
    QByteArray bytes;
    const auto paint = [&](QPagedPaintDevice &d, QStringList *t) {
        return ui::paintClientStatus(d, report, printed, t);
    };
    const int pages = paintPdf(paint, drawn, bytes);
    CHECK(pages >= 1);
    CHECK(bytes.size() > 1000);
    CHECK(drawn.count(QStringLiteral("Jens Hansen")) == pages); // the subject on every page
    CHECK(drawnContains(drawn, QStringLiteral("CPR 010180-1235")));
    CHECK(drawnContains(drawn, QStringLiteral("contact person Anne Holm")));
    CHECK(drawnContains(drawn, QStringLiteral("Gå til AA-møde (deadline 01-04-2026)")));
    CHECK(drawnContains(drawn, QStringLiteral("Tale med lægen (done 20-12-2025)")));
    CHECK(drawnContains(drawn, QStringLiteral("Start 3 severe")));
    CHECK(drawnContains(drawn, QStringLiteral("Life areas")));
    CHECK(drawnContains(drawn, QStringLiteral("Quality of life")));
    CHECK(drawnContains(drawn, QStringLiteral("67 % (2 of 3)")));
    CHECK(drawnContains(drawn, QStringLiteral("Current medication")));
    CHECK(drawnContains(drawn, QStringLiteral("400 mg")));

    // Without the right to read medication there is no medication section at all.
    report.medicationShown = false;
    report.prescriptions.clear();
    drawn.clear();
    bytes.clear();
    paintPdf(paint, drawn, bytes);
    CHECK_FALSE(drawnContains(drawn, QStringLiteral("medication")));
}

TEST_CASE("Borgerstatus of an anonymous client without goals, assessments or appointments "
          "names the alias and shows the rate as a dash",
    "[ui][print][report]")
{
    core::ClientStatusReport report;
    report.today = today;
    report.attendanceFrom = QDate(2025, 9, 3);
    report.client.anonymous = true;
    report.client.alias = QStringLiteral("Ravnen");
    report.courses.push_back({});
    report.attendance[core::AppointmentStatus::Attended] = 0;
    QStringList drawn;
    QByteArray bytes;
    const int pages
        = paintPdf([&](QPagedPaintDevice &d,
                       QStringList *t) { return ui::paintClientStatus(d, report, printed, t); },
            drawn, bytes);
    CHECK(pages == 1);
    CHECK(drawn.contains(QStringLiteral("Ravnen")));
    CHECK(drawnContains(drawn, QStringLiteral("Anonymous")));
    CHECK(drawnContains(drawn, QStringLiteral("No goals in the plan yet.")));
    CHECK(drawnContains(drawn, QStringLiteral("No assessments recorded yet.")));
    CHECK(drawn.contains(QStringLiteral("–")));
    CHECK_FALSE(drawnContains(drawn, QStringLiteral("Life areas")));
    CHECK(ui::clientStatusPdf(report, printed).startsWith("%PDF"));
}

TEST_CASE("The Overblik prints a coordinator's chosen therapist and a therapist's own follow-up",
    "[ui][print][overview]")
{
    UiTestDatabase data;
    const auto coordinator = data.addStaff(QStringLiteral("s9"), QStringLiteral("Karen Kok"),
        core::Role::Coordinator, QStringLiteral("karen"));
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    core::Course course;
    course.client = client.id;
    course.responsible = data.therapist.staffId;
    course.requestDate = today.addDays(-10);
    const QString courseId = data.courses.create(data.therapist, course).id;
    data.courses.start(data.therapist, courseId, today.addDays(-5));

    ui::OverviewPage mine(data.services(), data.therapist);
    mine.setToday(today);
    CHECK_FALSE(mine.printFollowupButton()->isHidden());
    CHECK(mine.printFollowupButton()->isEnabled());
    const auto own = mine.followupReport();
    REQUIRE(own);
    CHECK(own->responsibleId == data.therapist.staffId);
    REQUIRE(own->courses.size() == 1);
    CHECK(own->courses.front().row.clientName == QStringLiteral("Jens Hansen"));

    ui::OverviewPage centre(data.services(), coordinator);
    centre.setToday(today);
    CHECK_FALSE(centre.printFollowupButton()->isEnabled()); // "every therapist" is chosen
    CHECK_FALSE(centre.followupReport());
    centre.therapistFilter()->setCurrentIndex(
        centre.therapistFilter()->findData(data.therapist.staffId));
    centre.refresh();
    CHECK(centre.printFollowupButton()->isEnabled());
    const auto chosen = centre.followupReport();
    REQUIRE(chosen);
    CHECK(chosen->courses.size() == 1);
}

TEST_CASE("The client record's print button asks the page for Borgerstatus of the shown client",
    "[ui][print][record]")
{
    UiTestDatabase data;
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    ui::ClientsPage page(data.services(), data.therapist);
    REQUIRE(page.openClient(client.id));
    auto *button = page.record()->findChild<QToolButton *>(QStringLiteral("printStatusButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isHidden());
    QSignalSpy spy(page.record(), &ui::ClientRecordWidget::printStatusRequested);
    // The signal alone, without the page's modal preview.
    QObject::disconnect(
        page.record(), &ui::ClientRecordWidget::printStatusRequested, &page, nullptr);
    button->click();
    CHECK(spy.count() == 1);
    const auto report = page.clientStatus();
    REQUIRE(report);
    CHECK(report->client.id == client.id);
    CHECK(report->courses.empty());
    CHECK(report->medicationShown);
}

TEST_CASE("mestring-cli print writes Opfølgning pr. behandler and Borgerstatus as PDF and "
          "refuses an unknown therapist",
    "[ui][print][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("centre.sqlite"));
    const auto cli = [](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MESTRING_CLI), arguments);
        REQUIRE(process.waitForFinished(120000));
        INFO(process.readAllStandardError().toStdString());
        return process.exitCode();
    };
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                QStringLiteral(MESTRING_TEST_DATA "/reports/outcomes.json")})
        == 0);
    const auto pdfAt = [&](const QString &name) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QString day = QStringLiteral("2025-06-30");
    CHECK(cli({QStringLiteral("print"), QStringLiteral("--db"), db, QStringLiteral("--therapist"),
              QStringLiteral("s1"), QStringLiteral("--day"), day, QStringLiteral("--out"),
              dir.filePath(QStringLiteral("opfoelgning.pdf"))})
        == 0);
    CHECK(pdfAt(QStringLiteral("opfoelgning.pdf")).startsWith("%PDF-"));
    CHECK(cli({QStringLiteral("print"), QStringLiteral("--db"), db, QStringLiteral("--client"),
              QStringLiteral("c1"), QStringLiteral("--out"),
              dir.filePath(QStringLiteral("borgerstatus.pdf"))})
        == 0);
    CHECK(pdfAt(QStringLiteral("borgerstatus.pdf")).startsWith("%PDF-"));
    CHECK(cli({QStringLiteral("print"), QStringLiteral("--db"), db, QStringLiteral("--therapist"),
              QStringLiteral("nobody"), QStringLiteral("--out"),
              dir.filePath(QStringLiteral("none.pdf"))})
        == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
    CHECK(cli({QStringLiteral("print"), QStringLiteral("--db"), db}) == 2);
}
