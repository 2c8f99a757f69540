#include "recordwriters.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core::exchange {

void writeStaffMember(JsonTextWriter &w, const StaffMember &staff)
{
    w.textField("id"_L1, staff.id);
    w.textField("name"_L1, staff.name);
    w.enumField("role"_L1, staff.role);
    w.textField("username"_L1, staff.username);
    w.boolField("active"_L1, staff.active);
    w.textField("team"_L1, staff.team);
}

void writeClient(JsonTextWriter &w, const Client &client)
{
    w.textField("id"_L1, client.id);
    w.textField("cpr"_L1, client.cpr);
    w.textField("first_name"_L1, client.firstName);
    w.textField("last_name"_L1, client.lastName);
    w.textField("alias"_L1, client.alias);
    w.boolField("anonymous"_L1, client.anonymous);
    w.dateField("birth_date"_L1, client.birthDate);
    w.enumField("sex"_L1, client.sex);
    w.textField("municipality"_L1, client.municipality);
    w.textField("phone"_L1, client.phone);
    w.textField("address"_L1, client.address);
    w.key("consent_share"_L1);
    if (client.consentText.isEmpty() && !client.consentDate.isValid()) {
        w.nullValue();
    } else {
        w.beginObject();
        w.textField("text"_L1, client.consentText);
        w.dateField("date"_L1, client.consentDate);
        w.endObject();
    }
}

void writeAbsence(JsonTextWriter &w, const Absence &absence)
{
    w.textField("id"_L1, absence.id);
    w.textField("client"_L1, absence.client);
    w.dateField("from"_L1, absence.from);
    w.dateField("to"_L1, absence.to);
    w.enumField("reason"_L1, absence.reason);
    w.textField("note"_L1, absence.note);
}

void writeJournalNote(JsonTextWriter &w, const JournalNote &note)
{
    w.textField("id"_L1, note.id);
    w.textField("client"_L1, note.client);
    w.textField("course"_L1, note.course);
    w.textField("author"_L1, note.author);
    w.dateTimeField("written_at"_L1, note.writtenAt);
    w.enumField("kind"_L1, note.kind);
    w.textField("text"_L1, note.text);
    w.textField("addendum_to"_L1, note.addendumTo);
}

} // namespace mestring::core::exchange
