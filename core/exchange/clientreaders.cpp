#include "recordreaders.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core::exchange {

StaffMember readStaffMember(JsonFieldReader &r)
{
    StaffMember staff;
    staff.id = r.requiredText("id"_L1);
    staff.name = r.requiredText("name"_L1);
    staff.role = r.requiredEnum<Role>("role"_L1);
    staff.username = r.optionalText("username"_L1);
    staff.active = r.boolOr("active"_L1, true);
    staff.team = r.optionalText("team"_L1);
    return staff;
}

Client readClient(JsonFieldReader &r)
{
    Client client;
    client.id = r.requiredText("id"_L1);
    client.cpr = r.optionalText("cpr"_L1);
    client.firstName = r.optionalText("first_name"_L1);
    client.lastName = r.optionalText("last_name"_L1);
    client.alias = r.optionalText("alias"_L1);
    client.anonymous = r.boolOr("anonymous"_L1, false);
    client.birthDate = r.optionalDate("birth_date"_L1);
    client.sex = r.optionalEnum<Sex>("sex"_L1);
    client.municipality = r.optionalText("municipality"_L1);
    client.phone = r.optionalText("phone"_L1);
    client.address = r.optionalText("address"_L1);
    // Consent is {"text", "date"}: with whom information may be shared, and when it was given.
    r.withObject("consent_share"_L1, [&client](JsonFieldReader &consent) {
        client.consentText = consent.optionalText("text"_L1);
        client.consentDate = consent.optionalDate("date"_L1);
    });
    return client;
}

Absence readAbsence(JsonFieldReader &r)
{
    Absence absence;
    absence.id = r.requiredText("id"_L1);
    absence.client = r.requiredText("client"_L1);
    absence.from = r.requiredDate("from"_L1);
    absence.to = r.optionalDate("to"_L1);
    absence.reason = r.requiredEnum<AbsenceReason>("reason"_L1);
    absence.note = r.optionalText("note"_L1);
    return absence;
}

JournalNote readJournalNote(JsonFieldReader &r)
{
    JournalNote note;
    note.id = r.requiredText("id"_L1);
    note.client = r.requiredText("client"_L1);
    note.course = r.optionalText("course"_L1);
    note.author = r.requiredText("author"_L1);
    note.writtenAt = r.requiredDateTime("written_at"_L1);
    note.kind = r.requiredEnum<NoteKind>("kind"_L1);
    note.text = r.requiredText("text"_L1);
    note.addendumTo = r.optionalText("addendum_to"_L1);
    return note;
}

} // namespace mestring::core::exchange
