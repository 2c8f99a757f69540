#include "recordwriters.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core::exchange {

namespace {

// Writes `items` as an array of objects, each filled by `writeItem`.
template<typename Item, typename WriteItem>
void writeObjects(JsonTextWriter &w, QLatin1StringView key, const std::vector<Item> &items,
                  WriteItem writeItem)
{
    w.key(key);
    w.beginArray();
    for (const Item &item : items) {
        w.beginObject();
        writeItem(item);
        w.endObject();
    }
    w.endArray();
}

} // namespace

void writeGroupCourse(JsonTextWriter &w, const GroupCourse &group)
{
    w.textField("id"_L1, group.id);
    w.textField("name"_L1, group.name);
    w.enumField("type"_L1, group.type);
    w.key("leaders"_L1);
    w.beginArray(true);
    for (const QString &leader : group.leaders)
        w.stringValue(leader);
    w.endArray();
    w.intField("capacity"_L1, group.capacity);
    w.boolField("rolling"_L1, group.rolling);
    writeObjects(w, "sessions"_L1, group.sessions, [&w](const GroupSession &session) {
        w.textField("id"_L1, session.id);
        w.dateField("date"_L1, session.date);
        w.timeField("start"_L1, session.start);
        w.textField("topic"_L1, session.topic);
    });
    writeObjects(w, "members"_L1, group.members, [&w](const GroupMember &member) {
        w.textField("course"_L1, member.course);
        w.dateField("from"_L1, member.from);
        w.dateField("to"_L1, member.to);
    });
    writeObjects(w, "waiting"_L1, group.waiting, [&w](const WaitingEntry &entry) {
        w.textField("course"_L1, entry.course);
        w.dateField("asked_on"_L1, entry.askedOn);
    });
    writeObjects(w, "attendance"_L1, group.attendance, [&w](const GroupAttendance &attendance) {
        w.textField("session"_L1, attendance.session);
        w.textField("course"_L1, attendance.course);
        w.enumField("status"_L1, attendance.status);
    });
}

} // namespace mestring::core::exchange
