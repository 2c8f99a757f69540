#include "daylist.h"

#include <algorithm>

#include <QLocale>

#include "core/domain/nameorder.h"
#include "htmlprint.h"
#include "ui/formatting.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

DayList::DayList(core::CalendarSpan day, QHash<QString, QString> staffNames)
    : m_day(std::move(day))
    , m_staffNames(std::move(staffNames))
{
}

QStringList DayList::clientIds() const
{
    QStringList ids = distinctClients(
        m_day.appointments, [](const core::CalendarAppointment &entry) { return entry.client; });
    if (m_day.staff.isEmpty()) return ids; // the centre's list prints no absences
    for (const QString &id : distinctClients(m_day.absences,
             [](const core::CalendarAbsence &entry) { return entry.absence.client; })) {
        if (!ids.contains(id)) ids << id;
    }
    return ids;
}

QStringList DayList::staffOnPages() const
{
    if (!m_day.staff.isEmpty()) return {m_day.staff};
    QStringList staff;
    for (const core::CalendarAppointment &entry : m_day.appointments) {
        if (!staff.contains(entry.appointment.staff)) staff << entry.appointment.staff;
    }
    std::sort(staff.begin(), staff.end(), [this](const QString &a, const QString &b) {
        return core::nameLess(m_staffNames.value(a, a), m_staffNames.value(b, b));
    });
    return staff;
}

QString DayList::page(const QString &staffId, bool first) const
{
    const QDate day = m_day.from;
    QString html = first ? QStringLiteral("<div>")
                         : QStringLiteral("<div style=\"page-break-before: always;\">");
    html += QStringLiteral("<h2 style=\"margin-bottom: 2px;\">%1</h2>")
                .arg(tr("Day list for %1").arg(m_staffNames.value(staffId, staffId)).toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-top: 0;\">%1</p>")
                .arg(QString(QLocale().dayName(day.dayOfWeek()) + QLatin1Char(' ')
                    + formatDate(day))
                         .toHtmlEscaped());
    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">"
        "<tr style=\"background: #e6eeee;\"><th align=\"left\" width=\"12%\">%1</th>"
        "<th align=\"left\" width=\"22%\">%2</th><th align=\"left\" width=\"16%\">%3</th>"
        "<th align=\"left\" width=\"14%\">%4</th><th align=\"left\" width=\"12%\">%5</th>"
        "<th align=\"left\" width=\"24%\">%6</th></tr>")
                .arg(tr("Time"), tr("Client"), tr("Type"), tr("Location"), tr("Status"),
                    tr("Notes"));
    int rows = 0;
    for (const core::CalendarAppointment &entry : m_day.appointments) {
        const core::Appointment &a = entry.appointment;
        if (a.staff != staffId) continue;
        ++rows;
        html += QStringLiteral("<tr>")
            + htmlCell(AppointmentTableModel::timeText(a), QStringLiteral("white-space: nowrap;"))
            + htmlCell(entry.clientName, QStringLiteral("font-weight: bold;"))
            + htmlCell(appointmentTypeTitle(a.type)) + htmlCell(a.location)
            + htmlCell(a.status == core::AppointmentStatus::Planned
                    ? QString()
                    : appointmentStatusTitle(a.status))
            + htmlCell(QString()) + QStringLiteral("</tr>");
    }
    if (rows == 0) {
        html += QStringLiteral("<tr><td colspan=\"6\">%1</td></tr>")
                    .arg(tr("No appointments this day.").toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (!m_day.staff.isEmpty() && !m_day.absences.empty()) {
        QStringList absent;
        for (const core::CalendarAbsence &entry : m_day.absences) {
            absent << entry.clientName + QStringLiteral(" (")
                    + absenceReasonTitle(entry.absence.reason).toLower() + QLatin1Char(')');
        }
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Absent today:").toHtmlEscaped(),
                        absent.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    return html + QStringLiteral("</div>");
}

QString DayList::html() const
{
    QString html = QStringLiteral(
        "<html><body style=\"font-family: sans-serif; font-size: 10pt;\">");
    const QStringList staff = staffOnPages();
    for (qsizetype i = 0; i < staff.size(); ++i)
        html += page(staff[i], i == 0);
    if (staff.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No appointments this day.").toHtmlEscaped());
    return html + QStringLiteral("</body></html>");
}

} // namespace mestring::ui
