#include "recordwriters.h"

#include "exchangedates.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core::exchange {

namespace {

void writeSchedule(JsonTextWriter &w, const Schedule &schedule)
{
    w.beginObject();
    switch (schedule.kind) {
    case Schedule::Kind::Daily:
        w.boolField("daily"_L1, true);
        break;
    case Schedule::Kind::Weekdays:
        w.key("weekdays"_L1);
        w.beginArray(true);
        // std::set keeps Monday..Sunday order; numbers outside 1..7 name no day.
        for (const int day : schedule.weekdays) {
            if (day >= 1 && day <= 7)
                w.stringValue(weekdayCode(day));
        }
        w.endArray();
        break;
    case Schedule::Kind::EveryDays:
        w.intField("every_days"_L1, schedule.everyDays);
        break;
    }
    w.endObject();
}

// A signed decision as {reason, staff, at}; written only when there is one, so documents
// from before these fields existed export exactly as they were read.
void writeSignedReason(
    JsonTextWriter &w, QLatin1StringView name, const std::optional<SignedReason> &signedReason)
{
    if (!signedReason) return;
    w.key(name);
    w.beginObject();
    w.textField("reason"_L1, signedReason->reason);
    w.textField("staff"_L1, signedReason->staff);
    w.dateTimeField("at"_L1, signedReason->at);
    w.endObject();
}

} // namespace

void writePrescription(JsonTextWriter &w, const Prescription &prescription)
{
    w.textField("id"_L1, prescription.id);
    w.textField("client"_L1, prescription.client);
    w.enumField("drug"_L1, prescription.drug);
    w.enumField("category"_L1, prescription.category);
    w.numberField("dose_mg"_L1, prescription.doseMg);
    w.key("schedule"_L1);
    writeSchedule(w, prescription.schedule);
    w.enumField("mode"_L1, prescription.mode);
    w.intField("take_home_days"_L1, prescription.takeHomeDays);
    w.dateField("start"_L1, prescription.start);
    w.dateField("end"_L1, prescription.end);
    w.textField("prescriber"_L1, prescription.prescriber);
    w.textField("reason"_L1, prescription.reason);
    writeSignedReason(w, "annulled"_L1, prescription.annulled);
    writeSignedReason(w, "dose_confirmed"_L1, prescription.doseConfirmed);
}

void writeDispensing(JsonTextWriter &w, const Dispensing &dispensing)
{
    w.textField("id"_L1, dispensing.id);
    w.textField("prescription"_L1, dispensing.prescription);
    w.dateField("date"_L1, dispensing.date);
    w.numberField("dose_mg"_L1, dispensing.doseMg);
    w.enumField("status"_L1, dispensing.status);
    w.intField("days"_L1, dispensing.days);
    w.textField("staff"_L1, dispensing.staff);
    w.textField("note"_L1, dispensing.note);
    if (dispensing.isLate()) w.textField("late_reason"_L1, dispensing.lateReason);
    writeSignedReason(w, "late_confirmed"_L1, dispensing.lateConfirmed);
}

void writeCorrection(JsonTextWriter &w, const Correction &correction)
{
    w.textField("id"_L1, correction.id);
    w.textField("annuls"_L1, correction.annuls);
    w.textField("reason"_L1, correction.reason);
    w.textField("staff"_L1, correction.staff);
    w.dateTimeField("at"_L1, correction.at);
}

void writeClosedDay(JsonTextWriter &w, const ClosedDay &day)
{
    w.dateField("date"_L1, day.date);
    w.textField("reason"_L1, day.reason);
}

void writeEffectTarget(JsonTextWriter &w, const EffectTarget &target)
{
    w.textField("indicator"_L1, target.indicator);
    w.textField("breakdown"_L1, target.breakdown);
    w.intField("year"_L1, target.year);
    w.numberField("baseline"_L1, target.baseline);
    w.numberField("target"_L1, target.target);
}

} // namespace mestring::core::exchange
