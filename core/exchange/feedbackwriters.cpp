#include "recordwriters.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core::exchange {

void writeFitRating(JsonTextWriter &w, const FitRating &rating)
{
    w.textField("id"_L1, rating.id);
    w.textField("course"_L1, rating.course);
    w.textField("appointment"_L1, rating.appointment);
    w.textField("session"_L1, rating.session);
    w.dateField("date"_L1, rating.date);
    w.enumField("scale"_L1, rating.scale);
    w.key("items"_L1);
    w.beginArray(true);
    for (const int tenths : rating.items)
        w.numberValue(tenths / 10.0);
    w.endArray();
}

void writeWaitingListEntry(JsonTextWriter &w, const WaitingListEntry &entry)
{
    w.textField("id"_L1, entry.id);
    w.enumField("offer"_L1, entry.offer);
    w.textField("person"_L1, entry.person);
    w.textField("client"_L1, entry.client);
    w.dateField("asked_on"_L1, entry.askedOn);
    w.textField("note"_L1, entry.note);
    w.dateField("taken_off"_L1, entry.takenOff);
    w.enumField("taken_off_reason"_L1, entry.takenOffReason);
}

void writeRegistryReport(JsonTextWriter &w, const RegistryReport &report)
{
    w.textField("course"_L1, report.course);
    w.enumField("event"_L1, report.event);
    w.dateField("reported_on"_L1, report.reportedOn);
    w.textField("staff"_L1, report.staff);
}

} // namespace mestring::core::exchange
