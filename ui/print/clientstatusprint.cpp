#include "clientstatusprint.h"

#include <QCoreApplication>

#include "printcanvas.h"
#include "recordreporttext.h"
#include "ui/charts/assessmentcharts.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/models/dispensinglistmodel.h"
#include "ui/models/prescriptiontablemodel.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("mestring", text, comment, n);
}

const QColor grey(0x55, 0x55, 0x55);
const QColor green(0x2e, 0x7d, 0x32);
constexpr double chartHeight = 380;
const TextStyle headStyle {12, true, grey};
const TextStyle cellStyle {12.5};

QString masterDataText(const core::Client &client, const QDate &today)
{
    QStringList facts {client.displayName()};
    if (client.anonymous)
        facts << tr("Anonymous");
    else if (!client.cpr.isEmpty())
        facts << tr("CPR %1").arg(formatCpr(client.cpr));
    if (const auto age = ageOn(client.birthDate, today)) facts << tr("%n years", nullptr, *age);
    if (!client.municipality.isEmpty()) facts << client.municipality;
    if (!client.phone.isEmpty()) facts << tr("phone %1").arg(client.phone);
    return facts.join(QStringLiteral(" · "));
}

QString courseHeading(const core::ClientStatusCourse &shown)
{
    const core::Course &course = shown.course;
    QStringList parts {courseKindTitle(course.kind) + QStringLiteral(" (")
        + legalBasisTitle(course.legalBasis) + QLatin1Char(')')};
    if (course.endDate.isValid())
        parts << tr("ended %1").arg(formatDate(course.endDate));
    else if (course.startDate.isNull())
        parts << tr("requested %1, not started").arg(formatDate(course.requestDate));
    else if (const auto phase = course.currentPhase())
        parts << phaseTitle(*phase);
    if (course.startDate.isValid()) parts << tr("started %1").arg(formatDate(course.startDate));
    if (!shown.responsibleName.isEmpty())
        parts << tr("contact person %1").arg(shown.responsibleName);
    return parts.join(QStringLiteral(" · "));
}

QString subGoalText(const core::SubGoal &sub)
{
    if (sub.doneDate.isValid()) return tr("✓ %1 (done %2)").arg(sub.text, formatDate(sub.doneDate));
    if (sub.deadline.isValid())
        return tr("☐ %1 (deadline %2)").arg(sub.text, formatDate(sub.deadline));
    return tr("☐ %1").arg(sub.text);
}

void paintGoals(PrintCanvas &canvas, const std::vector<core::Goal> &goals)
{
    if (goals.empty()) {
        canvas.paragraph(tr("No goals in the plan yet."), TextStyle {12.5, false, grey, true});
        return;
    }
    canvas.block({{{0, 560, tr("Goal and sub-goals"), headStyle},
                     {560, 300, tr("Score: start → latest → target"), headStyle},
                     {860, 140, tr("Status"), headStyle}}},
        0);
    canvas.rule(Qt::darkGray);
    for (const core::Goal &goal : goals) {
        QString text = goalTitleText(goal);
        for (const core::SubGoal &sub : goal.subgoals)
            text += QStringLiteral("\n    ") + subGoalText(sub);
        QString status = goalStatusTitle(goal.status);
        if (goal.closedDate.isValid()) status += QLatin1Char('\n') + formatDate(goal.closedDate);
        const TextStyle statusStyle {
            12.5, false, goal.status == core::GoalStatus::Achieved ? green : QColor(Qt::black)};
        canvas.block(
            {{{0, 560, text, cellStyle},
                {560, 300,
                    goalProgressText(goal).replace(QStringLiteral(" → "), QStringLiteral(" →\n")),
                    cellStyle},
                {860, 140, status, statusStyle}}},
            0);
        canvas.rule();
    }
    canvas.skip(6);
}

void paintAssessments(PrintCanvas &canvas, const std::vector<core::Assessment> &assessments)
{
    if (assessments.empty()) {
        canvas.paragraph(tr("No assessments recorded yet."), TextStyle {12.5, false, grey, true});
        return;
    }
    QStringList dates;
    for (const core::Assessment &a : assessments)
        dates << QStringLiteral("%1 %2").arg(
            formatDate(a.date), assessmentTypeTitle(a.type).toLower());
    canvas.paragraph(tr("Assessments: %1").arg(dates.join(QStringLiteral(", "))), cellStyle);
    if (hasLifeAreaScores(assessments)) {
        canvas.chart(createLifeAreaChart(assessments), chartHeight);
        QString note;
        if (int(assessments.size()) > lifeAreaChartAssessments)
            note = tr("The latest %1 assessments are shown.").arg(lifeAreaChartAssessments)
                + QLatin1Char(' ');
        if (hasUnaskedLifeArea(assessments))
            note += tr("A missing bar is a life area scored 0 or not asked.");
        if (!note.isEmpty()) canvas.paragraph(note, TextStyle {11.5, false, grey, true});
    }
    if (hasQualityOfLife(assessments))
        canvas.chart(createQualityOfLifeChart(assessments), chartHeight * 0.8);
}

void paintAttendance(PrintCanvas &canvas, const core::ClientStatusReport &report)
{
    canvas.heading(
        tr("Attendance %1 – %2").arg(formatDate(report.attendanceFrom), formatDate(report.today)));
    PrintRow titles, counts;
    const double width = PrintCanvas::pageWidth / (report.attendance.size() + 1);
    double x = 0;
    for (const auto &[status, count] : report.attendance) {
        titles.push_back({x, width, appointmentStatusTitle(status), headStyle});
        counts.push_back({x, width, QString::number(count), TextStyle {14}});
        x += width;
    }
    titles.push_back({x, width, tr("No-show rate"), headStyle});
    counts.push_back({x, width, noShowRateText(report.noShows), TextStyle {14, true}});
    canvas.block({titles, counts}, 2);
    const QDateTime next = report.nextAppointment;
    canvas.paragraph(next.isValid()
            ? tr("Next appointment: %1 at %2")
                  .arg(formatDate(next.date()), next.time().toString(QStringLiteral("HH:mm")))
            : tr("No appointment booked."),
        cellStyle);
    canvas.skip(8);
}

void paintMedication(PrintCanvas &canvas, const core::ClientStatusReport &report)
{
    if (!report.medicationShown) return;
    canvas.heading(tr("Current medication on %1").arg(formatDate(report.today)));
    if (report.prescriptions.empty()) {
        canvas.paragraph(tr("No active prescriptions."), TextStyle {12.5, false, grey, true});
        return;
    }
    canvas.block({{{0, 260, tr("Drug"), headStyle}, {260, 120, tr("Dose"), headStyle},
                     {380, 200, tr("Schedule"), headStyle}, {580, 180, tr("Dispensing"), headStyle},
                     {760, 240, tr("Period"), headStyle}}},
        0);
    canvas.rule(Qt::darkGray);
    for (const core::Prescription &p : report.prescriptions) {
        const QString period = p.end.isValid()
            ? QStringLiteral("%1 – %2").arg(formatDate(p.start), formatDate(p.end))
            : tr("from %1").arg(formatDate(p.start));
        canvas.block(
            {{{0, 260,
                  drugTitle(p.drug) + QStringLiteral(" (") + drugCategoryTitle(p.category)
                      + QLatin1Char(')'),
                  cellStyle},
                {260, 120, DispensingListModel::doseText(p.doseMg), cellStyle},
                {380, 200, PrescriptionTableModel::scheduleText(p.schedule), cellStyle},
                {580, 180, dispensingModeTitle(p.mode), cellStyle}, {760, 240, period, cellStyle}}},
            0);
        canvas.rule();
    }
}

} // namespace

QString clientStatusTitle()
{
    return tr("Client status");
}

int paintClientStatus(QPagedPaintDevice &device, const core::ClientStatusReport &report,
    const QDate &printedOn, QStringList *drawnText)
{
    PrintHeader header;
    header.title = clientStatusTitle();
    header.subject = report.client.displayName();
    header.filters = tr("Status on %1 · attendance %2 – %3")
                         .arg(formatDate(report.today), formatDate(report.attendanceFrom),
                             formatDate(report.today));
    if (report.medicationShown) header.filters += tr(" · current medication");
    header.printedOn = printedOn;
    return PrintCanvas::paint(
        device, header,
        [&](PrintCanvas &canvas) {
            canvas.paragraph(masterDataText(report.client, report.today), TextStyle {15, true});
            canvas.skip(6);
            if (report.courses.empty())
                canvas.paragraph(
                    tr("The client has no courses."), TextStyle {13, false, grey, true});
            for (const core::ClientStatusCourse &shown : report.courses) {
                canvas.heading(courseHeading(shown), 120);
                paintGoals(canvas, shown.goals);
                paintAssessments(canvas, shown.assessments);
                canvas.skip(8);
            }
            paintAttendance(canvas, report);
            paintMedication(canvas, report);
        },
        drawnText);
}

QByteArray clientStatusPdf(const core::ClientStatusReport &report, const QDate &printedOn)
{
    return PrintCanvas::pdf(
        clientStatusTitle() + QStringLiteral(" – ") + report.client.displayName(),
        [&](QPagedPaintDevice &device) { paintClientStatus(device, report, printedOn); });
}

} // namespace mestring::ui
