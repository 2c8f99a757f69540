#include "recordreaders.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core::exchange {

namespace {

GroupSession readSession(JsonFieldReader &r)
{
    GroupSession session;
    session.id = r.requiredText("id"_L1);
    session.date = r.requiredDate("date"_L1);
    session.start = r.optionalTimeOfDay("start"_L1);
    session.topic = r.optionalText("topic"_L1);
    return session;
}

GroupMember readMember(JsonFieldReader &r)
{
    GroupMember member;
    member.course = r.requiredText("course"_L1);
    member.from = r.optionalDate("from"_L1);
    member.to = r.optionalDate("to"_L1);
    return member;
}

WaitingEntry readWaiting(JsonFieldReader &r)
{
    WaitingEntry entry;
    entry.course = r.requiredText("course"_L1);
    entry.askedOn = r.optionalDate("asked_on"_L1);
    return entry;
}

GroupAttendance readAttendance(JsonFieldReader &r)
{
    GroupAttendance attendance;
    attendance.session = r.requiredText("session"_L1);
    attendance.course = r.requiredText("course"_L1);
    attendance.status = r.requiredEnum<AttendanceStatus>("status"_L1);
    return attendance;
}

} // namespace

GroupCourse readGroupCourse(JsonFieldReader &r)
{
    GroupCourse group;
    group.id = r.requiredText("id"_L1);
    group.name = r.requiredText("name"_L1);
    group.type = r.requiredEnum<GroupType>("type"_L1);
    group.leaders = r.textList("leaders"_L1);
    group.capacity = r.optionalInt("capacity"_L1);
    group.rolling = r.boolOr("rolling"_L1, false);
    r.eachObject("sessions"_L1,
                 [&group](JsonFieldReader &e) { group.sessions.push_back(readSession(e)); });
    r.eachObject("members"_L1,
                 [&group](JsonFieldReader &e) { group.members.push_back(readMember(e)); });
    r.eachObject("waiting"_L1,
                 [&group](JsonFieldReader &e) { group.waiting.push_back(readWaiting(e)); });
    r.eachObject("attendance"_L1,
                 [&group](JsonFieldReader &e) { group.attendance.push_back(readAttendance(e)); });
    return group;
}

} // namespace mestring::core::exchange
