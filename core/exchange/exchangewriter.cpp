#include "exchangewriter.h"

#include "exchangeformat.h"
#include "jsontextwriter.h"
#include "recordwriters.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core {

namespace {

using namespace exchange;

template<typename Record>
void writeCollection(JsonTextWriter &w, QLatin1StringView key, const std::vector<Record> &records,
                     void (*writeRecord)(JsonTextWriter &, const Record &))
{
    w.key(key);
    w.beginArray();
    for (const Record &record : records) {
        w.beginObject();
        writeRecord(w, record);
        w.endObject();
    }
    w.endArray();
}

template <typename Record>
void writeNonEmpty(JsonTextWriter &w, QLatin1StringView key, const std::vector<Record> &records,
    void (*writeRecord)(JsonTextWriter &, const Record &))
{
    if (!records.empty()) writeCollection(w, key, records, writeRecord);
}

} // namespace

QByteArray writeExchange(const Dataset &ds)
{
    JsonTextWriter w;
    w.beginObject();
    w.textField("format"_L1, exchangeFormatName());
    w.intField("version"_L1, exchangeFormatVersion);
    writeCollection(w, "staff"_L1, ds.staff, &writeStaffMember);
    writeCollection(w, "clients"_L1, ds.clients, &writeClient);
    writeCollection(w, "courses"_L1, ds.courses, &writeCourse);
    writeCollection(w, "goals"_L1, ds.goals, &writeGoal);
    writeCollection(w, "assessments"_L1, ds.assessments, &writeAssessment);
    writeCollection(w, "appointments"_L1, ds.appointments, &writeAppointment);
    writeCollection(w, "absences"_L1, ds.absences, &writeAbsence);
    writeCollection(w, "groups"_L1, ds.groups, &writeGroupCourse);
    writeCollection(w, "prescriptions"_L1, ds.prescriptions, &writePrescription);
    writeCollection(w, "dispensings"_L1, ds.dispensings, &writeDispensing);
    writeCollection(w, "targets"_L1, ds.targets, &writeEffectTarget);
    writeCollection(w, "notes"_L1, ds.notes, &writeJournalNote);
    // Lists added after the first format are written only when they hold something
    // (domain.md section 5), so files of centres without them stay as they were.
    writeNonEmpty(w, "corrections"_L1, ds.corrections, &writeCorrection);
    writeNonEmpty(w, "closed_days"_L1, ds.closedDays, &writeClosedDay);
    writeNonEmpty(w, "feedback"_L1, ds.feedback, &writeFitRating);
    writeNonEmpty(w, "waiting_lists"_L1, ds.waitingLists, &writeWaitingListEntry);
    writeNonEmpty(w, "registry_reports"_L1, ds.registryReports, &writeRegistryReport);
    w.endObject();
    return w.take();
}

} // namespace mestring::core
