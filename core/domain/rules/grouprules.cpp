#include "grouprules.h"

#include <QCoreApplication>
#include <QSet>

#include "issuehelpers.h"
#include "textlimits.h"

namespace mestring::core {

namespace {

QString path(const char *list, std::size_t i, const char *field)
{
    return elementPath(QLatin1StringView(list), qsizetype(i), QLatin1StringView(field));
}

void checkHeader(const GroupCourse &group, RuleIssues &issues)
{
    if (group.id.isEmpty()) {
        issues.push_back(dataError(
            QStringLiteral("id"), QCoreApplication::translate("mestring", "The group has no id.")));
    }
    if (group.name.trimmed().isEmpty()) {
        issues.push_back(dataError(QStringLiteral("name"),
            QCoreApplication::translate("mestring",
                "The group has no name. Enter "
                "a name.")));
    }
    checkTextLength(issues, QStringLiteral("name"), group.name, textlimit::groupName);
    if (group.capacity && *group.capacity < 1) {
        issues.push_back(dataError(QStringLiteral("capacity"),
            QCoreApplication::translate("mestring",
                "A group has room for at least 1 member. Enter the "
                "capacity, or leave it empty for no limit.")));
    }
    for (std::size_t i = 0; i < group.leaders.size(); ++i) {
        if (group.leaders[i].isEmpty()) {
            issues.push_back(dataError(elementPath(QLatin1StringView("leaders"), qsizetype(i)),
                QCoreApplication::translate("mestring",
                    "A group leader is not named. Choose a staff "
                    "member.")));
        }
    }
}

void checkSessions(const GroupCourse &group, RuleIssues &issues)
{
    QSet<QStringView> ids;
    for (std::size_t i = 0; i < group.sessions.size(); ++i) {
        const GroupSession &session = group.sessions[i];
        checkTextLength(issues, path("sessions", i, "topic"), session.topic, textlimit::sessionTopic);
        if (session.id.isEmpty()) {
            issues.push_back(dataError(path("sessions", i, "id"),
                QCoreApplication::translate("mestring", "The session has no id.")));
        } else if (ids.contains(session.id)) {
            issues.push_back(dataError(path("sessions", i, "id"),
                QCoreApplication::translate("mestring",
                    "Another session of the group has the id '%1'. "
                    "Session ids must be unique.")
                    .arg(session.id)));
        } else {
            ids.insert(session.id);
        }
        if (!session.date.isValid()) {
            issues.push_back(dataError(path("sessions", i, "date"),
                QCoreApplication::translate("mestring",
                    "The session has no date. "
                    "Enter the day it is "
                    "held.")));
        }
    }
}

void checkMembers(const GroupCourse &group, RuleIssues &issues)
{
    for (std::size_t i = 0; i < group.members.size(); ++i) {
        const GroupMember &member = group.members[i];
        if (member.course.isEmpty()) {
            issues.push_back(dataError(path("members", i, "course"),
                QCoreApplication::translate("mestring",
                    "The member has no course. "
                    "Choose the client's "
                    "course.")));
        }
        if (!member.from.isValid()) {
            issues.push_back(dataError(path("members", i, "from"),
                QCoreApplication::translate("mestring",
                    "The member has no first "
                    "day. Enter the day they "
                    "joined.")));
        } else if (member.to.isValid() && member.to < member.from) {
            issues.push_back(dataError(path("members", i, "to"),
                QCoreApplication::translate("mestring",
                    "The membership ends before "
                    "it starts. Correct the "
                    "last day.")));
        }
    }
    for (std::size_t i = 0; i < group.waiting.size(); ++i) {
        if (group.waiting[i].course.isEmpty()) {
            issues.push_back(dataError(path("waiting", i, "course"),
                QCoreApplication::translate("mestring",
                    "The waiting-list place has "
                    "no course. Choose the "
                    "client's course.")));
        }
    }
}

void checkAttendance(const GroupCourse &group, RuleIssues &issues)
{
    QSet<QStringView> sessions, members;
    for (const GroupSession &session : group.sessions)
        sessions.insert(session.id);
    for (const GroupMember &member : group.members)
        members.insert(member.course);
    QSet<std::pair<QStringView, QStringView>> seen;
    for (std::size_t i = 0; i < group.attendance.size(); ++i) {
        const GroupAttendance &record = group.attendance[i];
        if (!sessions.contains(record.session)) {
            issues.push_back(dataError(path("attendance", i, "session"),
                QCoreApplication::translate("mestring",
                    "The attendance refers to session '%1', which is "
                    "not a session of this group. Choose one of the "
                    "group's sessions.")
                    .arg(record.session)));
        }
        if (!members.contains(record.course)) {
            issues.push_back(dataError(path("attendance", i, "course"),
                QCoreApplication::translate("mestring",
                    "The attendance is for course '%1', which is not a "
                    "member of this group. Add the member first.")
                    .arg(record.course)));
        }
        if (!seen.contains({record.session, record.course})) {
            seen.insert({record.session, record.course});
            continue;
        }
        issues.push_back(dataError(path("attendance", i, "course"),
            QCoreApplication::translate("mestring",
                "Attendance for this member at this session is already "
                "registered. Keep one record per session and member.")));
    }
}

} // namespace

RuleIssues checkGroup(const GroupCourse &group)
{
    RuleIssues issues;
    checkHeader(group, issues);
    checkSessions(group, issues);
    checkMembers(group, issues);
    checkAttendance(group, issues);
    return issues;
}

} // namespace mestring::core
