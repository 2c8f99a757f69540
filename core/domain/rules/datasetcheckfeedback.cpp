// The dataset checker's rules for the records of the citizen's voice and the centre's duties:
// FIT ratings, waiting lists for individual offers and registry marks.
#include <QHash>
#include <QSet>

#include "datasetcheck.h"
#include "feedbackrules.h"
#include "issuehelpers.h"
#include "registryreportrules.h"

namespace mestring::core {

namespace {

using Section = DatasetCheck::Section;

struct SessionPlace
{
    int group = -1;
    int session = -1;
};

QString pair(QStringView a, QStringView b)
{
    return a + QLatin1Char('\n') + b;
}

} // namespace

void DatasetCheck::checkFeedback()
{
    QHash<QStringView, SessionPlace> sessions;
    QHash<QString, AttendanceStatus> attendance; // session + course
    QSet<QString> members; // group id + course
    for (std::size_t g = 0; g < m_data.groups.size(); ++g) {
        const GroupCourse &group = m_data.groups[g];
        for (std::size_t s = 0; s < group.sessions.size(); ++s) {
            if (!sessions.contains(group.sessions[s].id))
                sessions.insert(group.sessions[s].id, {int(g), int(s)});
        }
        for (const GroupMember &member : group.members)
            members.insert(pair(group.id, member.course));
        for (const GroupAttendance &a : group.attendance)
            attendance.insert(pair(a.session, a.course), a.status);
    }

    QHash<QString, std::size_t> firstOfSession; // client, session and scale: the first row
    const QString courseField = QStringLiteral("course");
    for (std::size_t i = 0; i < m_data.feedback.size(); ++i) {
        const FitRating &r = m_data.feedback[i];
        const int course = m_index.courses.find(r.course);
        expectReference(Section::Feedback, i, courseField, r.course, Section::Courses, course);
        FitSessionFacts facts;
        if (!r.appointment.isEmpty()) {
            const int row = m_index.appointments.find(r.appointment);
            expectReference(Section::Feedback, i, QStringLiteral("appointment"), r.appointment,
                Section::Appointments, row);
            if (row >= 0) {
                const Appointment &a = m_data.appointments[std::size_t(row)];
                facts = {true, a.startDay(), a.course, a.status, true, std::nullopt};
            }
        } else if (!r.session.isEmpty()) {
            const auto place = sessions.constFind(r.session);
            if (place == sessions.constEnd()) {
                expectReference(Section::Feedback, i, QStringLiteral("session"), r.session,
                    Section::Groups, -1);
            } else {
                const GroupCourse &group = m_data.groups[std::size_t(place->group)];
                facts.found = true;
                facts.day = group.sessions[std::size_t(place->session)].date;
                facts.member = members.contains(pair(group.id, r.course));
                const auto status = attendance.constFind(pair(r.session, r.course));
                if (status != attendance.constEnd()) facts.attendance = *status;
            }
        }
        report(Section::Feedback, i, checkFitSession(r, facts));

        // One ORS and one SRS per session and client (a client's courses are one person).
        const int client = course < 0 ? -1 : m_index.clientOfCourse[std::size_t(course)];
        const QString who = client < 0 ? r.course : m_data.clients[std::size_t(client)].id;
        const QString session = (r.appointment.isEmpty() ? QStringLiteral("s:") + r.session
                                                         : QStringLiteral("a:") + r.appointment)
            + QLatin1Char(':') + enumCode(r.scale);
        const QString key = pair(who, session);
        const auto first = firstOfSession.constFind(key);
        if (first == firstOfSession.constEnd()) {
            firstOfSession.insert(key, i);
        } else {
            report(Section::Feedback, i,
                {fitDuplicateError(
                    r, elementPath(QLatin1StringView("feedback"), qsizetype(*first)))});
        }
    }
}

void DatasetCheck::checkWaitingLists()
{
    for (std::size_t i = 0; i < m_data.waitingLists.size(); ++i) {
        expectReference(Section::WaitingLists, i, QStringLiteral("client"),
            m_data.waitingLists[i].client, Section::Clients);
    }
}

void DatasetCheck::checkRegistryReports()
{
    QSet<QString> marked;
    for (std::size_t i = 0; i < m_data.registryReports.size(); ++i) {
        const RegistryReport &r = m_data.registryReports[i];
        const int course = m_index.courses.find(r.course);
        expectReference(Section::RegistryReports, i, QStringLiteral("course"), r.course,
            Section::Courses, course);
        expectReference(
            Section::RegistryReports, i, QStringLiteral("staff"), r.staff, Section::Staff);
        if (course >= 0) {
            const int client = m_index.clientOfCourse[std::size_t(course)];
            const bool anonymous = client >= 0 && m_data.clients[std::size_t(client)].anonymous;
            report(Section::RegistryReports, i,
                checkRegistryReportOn(r, m_data.courses[std::size_t(course)], anonymous));
        }
        const QString key = pair(r.course, enumCode(r.event));
        if (marked.contains(key))
            report(Section::RegistryReports, i, {registryDuplicateError()});
        else
            marked.insert(key);
    }
}

} // namespace mestring::core
