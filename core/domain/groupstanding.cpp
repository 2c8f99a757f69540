#include "groupstanding.h"

#include <algorithm>

namespace mestring::core {

bool isGroupMemberOn(const GroupCourse &group, const QString &courseId, const QDate &day)
{
    return std::any_of(group.members.begin(), group.members.end(), [&](const GroupMember &m) {
        return m.course == courseId && m.from <= day && (!m.to.isValid() || day <= m.to);
    });
}

GroupStanding groupStanding(const GroupCourse &group, const QString &courseId, const QDate &day)
{
    GroupStanding standing;
    bool wasMember = false;
    for (const GroupMember &m : group.members) {
        if (m.course != courseId) continue;
        if (m.from <= day && (!m.to.isValid() || day <= m.to))
            standing.member = true;
        else if (m.to.isValid() && m.to < day)
            wasMember = true;
    }
    standing.left = wasMember && !standing.member;
    for (std::size_t i = 0; i < group.waiting.size(); ++i) {
        if (group.waiting[i].course == courseId) standing.waitingPosition = int(i) + 1;
    }
    for (const GroupSession &session : group.sessions) {
        if (session.date > day || !isGroupMemberOn(group, courseId, session.date)) continue;
        ++standing.held;
        for (const GroupAttendance &a : group.attendance) {
            if (a.session != session.id || a.course != courseId) continue;
            switch (a.status) {
            case AttendanceStatus::Attended:
                ++standing.attended;
                break;
            case AttendanceStatus::NoShow:
                ++standing.noShow;
                break;
            case AttendanceStatus::CancelledClient:
                ++standing.cancelled;
                break;
            }
        }
    }
    return standing;
}

const GroupSession *nextGroupSession(const GroupCourse &group, const QDate &day)
{
    const GroupSession *next = nullptr;
    for (const GroupSession &session : group.sessions) {
        if (session.date < day) continue;
        if (!next || session.date < next->date
            || (session.date == next->date && session.start < next->start))
            next = &session;
    }
    return next;
}

} // namespace mestring::core
