#include "groupattendancesheet.h"

#include <algorithm>

#include <QLocale>

#include "core/domain/groupstanding.h"
#include "core/domain/nameorder.h"
#include "ui/formatting.h"
#include "ui/grouptitles.h"
#include "htmlprint.h"

namespace mestring::ui {

GroupAttendanceSheet::GroupAttendanceSheet(
    const core::GroupDetails &details, const QString &sessionId, const QStringList &leaders)
    : m_group(details.group)
    , m_leaders(leaders)
{
    for (const core::GroupSession &session : m_group.sessions) {
        if (session.id == sessionId) m_session = session;
    }
    for (const core::GroupPerson &person : details.people) {
        if (!core::isGroupMemberOn(m_group, person.course, m_session.date)) continue;
        // A client in the group on two courses (alcohol and drugs) signs once.
        const bool listed
            = std::any_of(m_members.begin(), m_members.end(), [&](const core::GroupPerson &p) {
                  return !p.client.isEmpty() && p.client == person.client;
              });
        if (!listed) m_members.push_back(person);
    }
    std::stable_sort(m_members.begin(), m_members.end(),
        [](const core::GroupPerson &a, const core::GroupPerson &b) {
            return core::nameLess(a.name, b.name);
        });
}

QStringList GroupAttendanceSheet::clientIds() const
{
    return distinctClients(
        m_members, [](const core::GroupPerson &person) { return person.client; });
}

QString GroupAttendanceSheet::html() const
{
    const QString when
        = tr("%1 %2 at %3")
              .arg(QLocale().dayName(m_session.date.dayOfWeek()), formatDate(m_session.date),
                  m_session.start.toString(QStringLiteral("HH:mm")));
    QString html
        = QStringLiteral(
            "<html><body style=\"font-family: sans-serif; font-size: 10pt;\">"
            "<h2 style=\"margin-bottom: 2px;\">%1</h2>"
            "<p style=\"margin-top: 0;\">%2<br>%3<br>%4</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"7\" width=\"100%\">"
            "<tr style=\"background: #e6eeee;\"><th width=\"5%\">#</th>"
            "<th align=\"left\" width=\"38%\">%5</th><th align=\"left\" width=\"15%\">%6</th>"
            "<th align=\"left\" width=\"42%\">%7</th></tr>")
              .arg(tr("Attendance list: %1").arg(m_group.name).toHtmlEscaped(),
                  QString(groupTypeTitle(m_group.type) + QStringLiteral(" \u00b7 ") + when)
                      .toHtmlEscaped(),
                  tr("Topic: %1")
                      .arg(m_session.topic.isEmpty() ? tr("(none given)") : m_session.topic)
                      .toHtmlEscaped(),
                  tr("Leaders: %1")
                      .arg(m_leaders.isEmpty() ? tr("(none given)")
                                               : m_leaders.join(QStringLiteral(", ")))
                      .toHtmlEscaped(),
                  tr("Member"), tr("Born"), tr("Signature"));
    int number = 0;
    for (const core::GroupPerson &person : m_members) {
        html += QStringLiteral("<tr><td align=\"center\">%1</td>"
                               "<td style=\"font-size: 11pt;\">%2</td><td>%3</td>"
                               "<td height=\"34\"></td></tr>")
                    .arg(++number)
                    .arg(person.name.toHtmlEscaped(), formatDate(person.birthDate));
    }
    html += QStringLiteral("</table><p>%1</p><p style=\"margin-top: 28px;\">%2</p></body></html>")
                .arg(tr("%n member(s) on the list. Members sign when they arrive.", nullptr,
                         int(m_members.size()))
                         .toHtmlEscaped(),
                    tr("Leader's signature: ______________________________").toHtmlEscaped());
    return html;
}

bool GroupAttendanceSheet::writePdf(const QString &path) const
{
    return writeHtmlPdf(path, html());
}

} // namespace mestring::ui
