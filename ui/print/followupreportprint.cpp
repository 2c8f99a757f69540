#include "followupreportprint.h"

#include <QCoreApplication>

#include "printcanvas.h"
#include "recordreporttext.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/models/caseloadtablemodel.h"

namespace mestring::ui {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("mestring", text, comment, n);
}

const QColor grey(0x55, 0x55, 0x55);
const QColor red(0xb7, 0x1c, 0x1c);
const QColor amber(0x8a, 0x5a, 0x00);
constexpr double labelWidth = 110;
constexpr double factWidth = PrintCanvas::pageWidth / 4;

QString courseText(const core::CaseloadRow &row)
{
    QStringList parts {courseKindTitle(row.kind)};
    if (row.phase) parts << phaseTitle(*row.phase);
    if (row.startDate.isValid()) parts << tr("started %1").arg(formatDate(row.startDate));
    return parts.join(QStringLiteral(" · "));
}

QString clientText(const core::CaseloadRow &row)
{
    if (row.anonymous || row.birthDate.isNull()) return row.clientName;
    return tr("%1, born %2").arg(row.clientName, formatDate(row.birthDate));
}

QString dateOrDash(const QDate &day)
{
    return day.isValid() ? formatDate(day) : QStringLiteral("–");
}

std::vector<PrintRow> factRows(const core::FollowupCourse &course, const QDate &today)
{
    const TextStyle label {11, false, grey};
    const TextStyle value {13};
    QString contact = dateOrDash(course.lastContact);
    if (course.lastContact.isValid())
        contact += course.lastContactByPhone ? tr(" (phone)") : tr(" (appointment)");
    const QDateTime next = course.row.nextAppointment;
    const QString nextText = next.isValid()
        ? formatDate(next.date()) + QLatin1Char(' ') + next.time().toString(QStringLiteral("HH:mm"))
        : QStringLiteral("–");
    TextStyle dueStyle = value;
    if (course.nextDue.isValid() && course.nextDue <= today) dueStyle = {13, true, red};
    return {
        {{0, factWidth, tr("Last contact"), label}, {factWidth, factWidth, tr("Next due"), label},
            {2 * factWidth, factWidth, tr("Next appointment"), label},
            {3 * factWidth, factWidth, tr("No-shows, 12 months"), label}},
        {{0, factWidth, contact, value},
            {factWidth, factWidth, dateOrDash(course.nextDue), dueStyle},
            {2 * factWidth, factWidth, nextText, value},
            {3 * factWidth, factWidth, noShowRateText(course.noShows), value}},
    };
}

std::vector<PrintRow> courseRows(const core::FollowupCourse &course, const QDate &today)
{
    const double rest = PrintCanvas::pageWidth - labelWidth;
    std::vector<PrintRow> rows {{{0, 520, clientText(course.row), TextStyle {15, true}},
        {520, 480, courseText(course.row), TextStyle {14}, Qt::AlignRight}}};
    for (PrintRow &row : factRows(course, today))
        rows.push_back(std::move(row));
    const TextStyle label {12, true, grey};
    if (course.goals.empty())
        rows.push_back({{0, labelWidth, tr("Goals"), label},
            {labelWidth, rest, tr("No active goals"), TextStyle {12.5, false, grey, true}}});
    for (std::size_t i = 0; i < course.goals.size(); ++i) {
        const core::Goal &goal = course.goals[i];
        rows.push_back({{0, labelWidth, i == 0 ? tr("Goals") : QString(), label},
            {labelWidth, rest, goalTitleText(goal) + QLatin1Char('\n') + goalProgressText(goal),
                TextStyle {12.5}}});
    }
    for (std::size_t i = 0; i < course.row.flags.size(); ++i) {
        const core::CaseloadFlag &flag = course.row.flags[i];
        const TextStyle style {12.5, true, CaseloadTableModel::isUrgent(flag.kind) ? red : amber};
        rows.push_back({{0, labelWidth, i == 0 ? tr("To do") : QString(), label},
            {labelWidth, rest, CaseloadTableModel::describeFlag(flag), style}});
    }
    return rows;
}

void paintSummary(PrintCanvas &canvas, const core::FollowupReport &report)
{
    int flagged = 0;
    for (const core::FollowupCourse &course : report.courses)
        flagged += course.row.flags.empty() ? 0 : 1;
    QString summary
        = tr("%n active course(s), %1 with something to do.", nullptr, int(report.courses.size()))
              .arg(flagged);
    if (report.requestedRows + report.endedRows > 0)
        summary += QLatin1Char(' ')
            + tr("Not included: %1 request(s) not started and %2 ended course(s) with a "
                 "follow-up due (see Overblik).")
                  .arg(report.requestedRows)
                  .arg(report.endedRows);
    canvas.paragraph(summary, TextStyle {14});
    canvas.paragraph(tr("Last contact: the latest attended appointment of the course or phone note "
                        "about the client. Next due: the earliest deadline of the flags, the "
                        "active goals and their open sub-goals. No-shows: of the course's attended "
                        "and missed appointments from %1 to %2 (cancellations do not count). "
                        "Scores: VUM support need 0 (none) to 4 (complete).")
                         .arg(formatDate(report.noShowFrom), formatDate(report.today)),
        TextStyle {11.5, false, grey});
    canvas.skip(6);
    canvas.rule(Qt::darkGray);
}

} // namespace

QString followupReportTitle()
{
    return tr("Follow-up per therapist");
}

int paintFollowupReport(QPagedPaintDevice &device, const core::FollowupReport &report,
    const QDate &printedOn, QStringList *drawnText)
{
    PrintHeader header;
    header.title = followupReportTitle();
    header.subject = tr("Therapist: %1").arg(report.responsibleName);
    header.filters = tr("Active courses on %1 · no-shows %2 – %3")
                         .arg(formatDate(report.today), formatDate(report.noShowFrom),
                             formatDate(report.today));
    header.printedOn = printedOn;
    return PrintCanvas::paint(
        device, header,
        [&](PrintCanvas &canvas) {
            paintSummary(canvas, report);
            if (report.courses.empty())
                canvas.paragraph(tr("%1 has no active courses.").arg(report.responsibleName));
            for (const core::FollowupCourse &course : report.courses) {
                canvas.block(courseRows(course, report.today), 2);
                canvas.rule();
            }
        },
        drawnText);
}

QByteArray followupReportPdf(const core::FollowupReport &report, const QDate &printedOn)
{
    return PrintCanvas::pdf(followupReportTitle() + QStringLiteral(" – ") + report.responsibleName,
        [&](QPagedPaintDevice &device) { paintFollowupReport(device, report, printedOn); });
}

} // namespace mestring::ui
