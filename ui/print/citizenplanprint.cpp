#include "citizenplanprint.h"

#include <QLocale>

#include "htmlprint.h"

namespace mestring::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Large, calm print: 14 pt body, clear headings, plenty of space, one column.
const char *const style = "font-family: sans-serif; font-size: 14pt;";

// Headings as styled paragraphs: QTextDocument gives <h2> its own size whatever the style says.
QString section(const QString &title, const QString &body)
{
    return QStringLiteral("<p style=\"font-size: 19pt; font-weight: bold; margin-top: 26px; "
                          "margin-bottom: 8px;\">%1</p>%2")
        .arg(esc(title), body);
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top: 4px; margin-bottom: 4px;\">%1</p>").arg(text);
}

QString timeOf(const QTime &time)
{
    return time.toString(QStringLiteral("HH.mm"));
}

// What a goal is about, in the citizen's words rather than the plan's theme names.
QString themeText(core::Theme theme)
{
    using T = core::Theme;
    switch (theme) {
    case T::SelfManagement:
        return CitizenPlanPrint::tr("managing your everyday life");
    case T::EducationEmployment:
        return CitizenPlanPrint::tr("school, education or work");
    case T::Health:
        return CitizenPlanPrint::tr("your health");
    case T::SocialLife:
        return CitizenPlanPrint::tr("family, friends and spare time");
    case T::SubstanceUse:
        return CitizenPlanPrint::tr("your use of alcohol or drugs");
    }
    return {};
}

// What the appointment is, in the citizen's words rather than the centre's categories.
QString meetingText(core::AppointmentType type)
{
    using T = core::AppointmentType;
    switch (type) {
    case T::Individual:
        return CitizenPlanPrint::tr("Talk");
    case T::Family:
        return CitizenPlanPrint::tr("Family talk");
    case T::Relatives:
        return CitizenPlanPrint::tr("Talk for relatives");
    case T::Doctor:
        return CitizenPlanPrint::tr("Talk with the doctor");
    case T::Nurse:
        return CitizenPlanPrint::tr("Talk with the nurse");
    case T::Nada:
        return CitizenPlanPrint::tr("NADA (ear acupuncture)");
    case T::Outreach:
        return CitizenPlanPrint::tr("Visit");
    case T::Phone:
        return CitizenPlanPrint::tr("Phone call");
    case T::Video:
        return CitizenPlanPrint::tr("Video call");
    }
    return {};
}

} // namespace

QString spokenDate(const QDate &date)
{
    // "dddd 'den' d. MMMM yyyy" in Danish; the translation gives the pattern.
    return QLocale().toString(date, CitizenPlanPrint::tr("dddd, MMMM d, yyyy"));
}

CitizenPlanPrint::CitizenPlanPrint(core::CitizenPlan plan)
    : m_plan(std::move(plan))
{
}

QString CitizenPlanPrint::title() const
{
    return tr("My plan - %1").arg(m_plan.name);
}

QString CitizenPlanPrint::html() const
{
    QString html = QStringLiteral("<html><body style=\"%1\">").arg(QLatin1StringView(style));
    html += QStringLiteral("<p style=\"font-size: 26pt; font-weight: bold; margin-bottom: 4px;\">"
                           "%1</p>")
                .arg(esc(tr("My plan")));
    html += paragraph(QStringLiteral("<b>%1</b>").arg(esc(m_plan.name)));
    html += paragraph(esc(tr("This is your plan at %1. It shows the goals you are working on, "
                             "the steps on the way, and when we see each other next.")
                              .arg(m_plan.centre.name.isEmpty() ? tr("the centre")
                                                                : m_plan.centre.name)));
    if (!m_plan.contactPersons.isEmpty()) {
        html += paragraph(esc(tr("Your contact person is %1. You can always ask them about the "
                                 "plan.", nullptr, int(m_plan.contactPersons.size()))
                                  .arg(QLocale().createSeparatedList(m_plan.contactPersons))));
    }
    html += paragraph(QStringLiteral("<i>%1</i>").arg(
        esc(tr("Printed %1.").arg(spokenDate(m_plan.today)))));
    html += goalsHtml() + appointmentsHtml() + groupsHtml() + contactHtml();
    return html + QStringLiteral("</body></html>");
}

QString CitizenPlanPrint::goalsHtml() const
{
    if (m_plan.goals.empty()) {
        return section(tr("My goals"),
            paragraph(esc(tr("You have no goals written down yet. We will make them together."))));
    }
    QString body;
    int number = 1;
    for (const core::CitizenPlanGoal &goal : m_plan.goals)
        body += goalHtml(goal, number++);
    return section(tr("My goals"), body);
}

QString CitizenPlanPrint::goalHtml(const core::CitizenPlanGoal &goal, int number) const
{
    // One framed box per goal, so each goal reads as a whole.
    QString html = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"10\" "
        "style=\"border-color: #888888; margin-bottom: 14px;\"><tr><td>");
    html += QStringLiteral("<p style=\"margin: 0; font-size: 16pt;\"><b>%1</b></p>")
                .arg(esc(tr("Goal %1: %2").arg(number).arg(goal.text)));
    html += paragraph(esc(tr("This is about: %1.").arg(themeText(goal.theme))));
    if (!goal.measure.isEmpty())
        html += paragraph(esc(tr("I will know I have reached it when: %1").arg(goal.measure)));
    if (goal.deadline.isValid())
        html += paragraph(esc(tr("I want to reach it by %1.").arg(spokenDate(goal.deadline))));
    if (!goal.subgoals.empty()) {
        html += paragraph(QStringLiteral("<b>%1</b>").arg(esc(tr("The steps on the way:"))));
        html += QStringLiteral("<ul style=\"margin-top: 2px;\">");
        for (const core::SubGoal &step : goal.subgoals) {
            QString line = esc(step.text);
            if (step.doneDate.isValid())
                line += esc(tr(" - done %1.").arg(spokenDate(step.doneDate)));
            else if (step.deadline.isValid())
                line += esc(tr(" - by %1.").arg(spokenDate(step.deadline)));
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    if (!m_plan.contactPersons.isEmpty()) {
        html += paragraph(esc(tr("Who does it: you, with help from %1.")
                                  .arg(QLocale().createSeparatedList(m_plan.contactPersons))));
    }
    return html + QStringLiteral("</td></tr></table>");
}

QString CitizenPlanPrint::appointmentsHtml() const
{
    if (m_plan.appointments.empty()) {
        return section(tr("My appointments"),
            paragraph(esc(tr("No appointments are booked right now. Call us to book one."))));
    }
    QString rows;
    for (const core::CitizenPlanAppointment &a : m_plan.appointments) {
        const QTime end = a.start.time().addSecs(qint64(a.minutes) * 60);
        QString what = meetingText(a.type);
        if (!a.staffName.isEmpty()) what = tr("%1 with %2").arg(what, a.staffName);
        if (!a.location.isEmpty()) what += QStringLiteral(", ") + a.location;
        rows += QStringLiteral("<tr><td width=\"45%\">%1<br>%2</td><td>%3</td></tr>")
                    .arg(esc(spokenDate(a.start.date())),
                        esc(tr("at %1 to %2").arg(timeOf(a.start.time()), timeOf(end))), esc(what));
    }
    return section(tr("My appointments"),
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                       "style=\"border-color: #888888;\">%1</table>")
                .arg(rows)
            + paragraph(esc(tr("If you cannot come, please call us as early as you can."))));
}

QString CitizenPlanPrint::groupsHtml() const
{
    if (m_plan.groupSessions.empty()) return {};
    QString rows;
    for (const core::CitizenPlanGroupSession &s : m_plan.groupSessions) {
        QString when = spokenDate(s.date);
        if (s.start.isValid()) when += QLatin1Char(' ') + tr("at %1").arg(timeOf(s.start));
        QString what = esc(s.topic.isEmpty() ? s.groupName : s.groupName + QStringLiteral(": ") + s.topic);
        if (!s.leaders.isEmpty())
            what += QStringLiteral("<br>")
                + esc(tr("With %1").arg(QLocale().createSeparatedList(s.leaders)));
        rows += QStringLiteral("<tr><td width=\"45%\">%1</td><td>%2</td></tr>").arg(esc(when), what);
    }
    return section(tr("My group"),
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                       "style=\"border-color: #888888;\">%1</table>")
            .arg(rows));
}

QString CitizenPlanPrint::contactHtml() const
{
    const core::CentreInfo &c = m_plan.centre;
    QStringList lines;
    if (!c.name.isEmpty()) lines << QStringLiteral("<b>%1</b>").arg(esc(c.name));
    if (!c.address.isEmpty()) lines << esc(c.address);
    if (!c.phone.isEmpty()) lines << esc(tr("Phone: %1").arg(c.phone));
    if (!c.hours.isEmpty()) lines << esc(tr("We answer the phone: %1").arg(c.hours));
    if (!c.email.isEmpty()) lines << esc(tr("E-mail: %1").arg(c.email));
    if (lines.isEmpty()) lines << esc(tr("Ask your contact person how to reach us."));
    return section(tr("How to reach us"), paragraph(lines.join(QStringLiteral("<br>"))));
}

void CitizenPlanPrint::print(QPrinter *printer) const
{
    printHtml(printer, html());
}

bool CitizenPlanPrint::writePdf(const QString &path) const
{
    return writeHtmlPdf(path, html(), QPageLayout::Portrait, 18);
}

} // namespace mestring::ui
