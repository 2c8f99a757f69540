#include "recordreaders.h"

#include "exchangedates.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core::exchange {

namespace {

std::set<int> readWeekdays(JsonFieldReader &r)
{
    std::set<int> weekdays;
    const QLatin1StringView key("weekdays");
    const auto count = r.eachValue(key, [&](const QJsonValue &value, qsizetype index) {
        const std::optional<QString> code = r.stringFrom(value, key, index);
        if (!code)
            return;
        const int day = parseWeekday(*code);
        if (day == 0) {
            QStringList allowed;
            for (int d = 1; d <= 7; ++d)
                allowed << weekdayCode(d);
            r.error(key, msgUnknownCode(*code, allowed), index);
        } else if (!weekdays.insert(day).second) {
            r.error(key, msgWeekdayTwice(), index);
        }
    });
    if (count && *count == 0)
        r.error(key, msgWeekdaysEmpty());
    return weekdays;
}

// {"daily": true} | {"weekdays": ["mon", ...]} | {"every_days": N}; all three keys are read so
// that a second one is reported as "exactly one", not as unknown.
Schedule readSchedule(JsonFieldReader &r)
{
    Schedule schedule;
    const bool daily = r.isGiven("daily"_L1);
    const bool weekdays = r.isGiven("weekdays"_L1);
    const bool everyDays = r.isGiven("every_days"_L1);
    if (int(daily) + int(weekdays) + int(everyDays) != 1)
        r.errors().add(r.path(), msgScheduleOneKey());
    if (!r.boolOr("daily"_L1, true))
        r.error("daily"_L1, msgDailyMustBeTrue());
    if (weekdays) {
        schedule.kind = Schedule::Kind::Weekdays;
        schedule.weekdays = readWeekdays(r);
    }
    const std::optional<int> every = r.optionalInt("every_days"_L1);
    if (everyDays) {
        schedule.kind = Schedule::Kind::EveryDays;
        schedule.everyDays = every.value_or(0);
        if (every && *every < 1)
            r.error("every_days"_L1, msgEveryDaysPositive());
    }
    return schedule;
}

std::optional<SignedReason> readSignedReason(
    JsonFieldReader &r, QLatin1StringView key, bool reasonRequired)
{
    std::optional<SignedReason> result;
    r.withObject(key, [&](JsonFieldReader &s) {
        SignedReason signedReason;
        signedReason.reason
            = reasonRequired ? s.requiredText("reason"_L1) : s.optionalText("reason"_L1);
        signedReason.staff = s.requiredText("staff"_L1);
        signedReason.at = s.requiredDateTime("at"_L1);
        result = std::move(signedReason);
    });
    return result;
}

} // namespace

Prescription readPrescription(JsonFieldReader &r)
{
    Prescription p;
    p.id = r.requiredText("id"_L1);
    p.client = r.requiredText("client"_L1);
    p.drug = r.requiredEnum<Drug>("drug"_L1);
    p.category = r.requiredEnum<DrugCategory>("category"_L1);
    p.doseMg = r.requiredNumber("dose_mg"_L1);
    const bool scheduleGiven = r.isGiven("schedule"_L1);
    r.withObject("schedule"_L1, [&p](JsonFieldReader &s) { p.schedule = readSchedule(s); });
    if (!scheduleGiven)
        r.error("schedule"_L1, msgRequired());
    const bool modeGiven = r.isGiven("mode"_L1);
    const std::optional<DispensingMode> mode = r.optionalEnum<DispensingMode>("mode"_L1);
    if (!modeGiven)
        r.error("mode"_L1, msgRequired());
    p.mode = mode.value_or(DispensingMode::Supervised);
    // The number of days belongs to the mode (domain.md: "take_home carries take_home_days"),
    // so both directions are a shape check of this one record.
    const bool daysGiven = r.isGiven("take_home_days"_L1);
    p.takeHomeDays = r.optionalInt("take_home_days"_L1);
    if (mode == DispensingMode::TakeHome && !daysGiven)
        r.error("take_home_days"_L1, msgTakeHomeDaysRequired());
    else if (mode && mode != DispensingMode::TakeHome && daysGiven)
        r.error("take_home_days"_L1, msgTakeHomeDaysOnlyForTakeHome());
    p.start = r.requiredDate("start"_L1);
    p.end = r.optionalDate("end"_L1);
    p.prescriber = r.requiredText("prescriber"_L1);
    p.reason = r.optionalText("reason"_L1);
    p.annulled = readSignedReason(r, "annulled"_L1, true);
    p.doseConfirmed = readSignedReason(r, "dose_confirmed"_L1, true);
    return p;
}

Dispensing readDispensing(JsonFieldReader &r)
{
    Dispensing d;
    d.id = r.requiredText("id"_L1);
    d.prescription = r.requiredText("prescription"_L1);
    d.date = r.requiredDate("date"_L1);
    const std::optional<double> dose = r.optionalNumber("dose_mg"_L1);
    const bool statusGiven = r.isGiven("status"_L1);
    const std::optional<DispensingStatus> status = r.optionalEnum<DispensingStatus>("status"_L1);
    if (!statusGiven)
        r.error("status"_L1, msgRequired());
    d.status = status.value_or(DispensingStatus::Taken);
    // A missed, refused or withheld dose gave nothing, so its dose may be left out (0).
    const bool doseGiven = r.isGiven("dose_mg"_L1);
    if (!doseGiven
        && (status == DispensingStatus::Taken || status == DispensingStatus::HandedOut))
        r.error("dose_mg"_L1, msgDoseRequiredForStatus());
    d.doseMg = dose.value_or(0);
    d.days = r.intOr("days"_L1, 1);
    d.staff = r.optionalText("staff"_L1);
    d.note = r.optionalText("note"_L1);
    d.lateReason = r.optionalText("late_reason"_L1);
    d.lateConfirmed = readSignedReason(r, "late_confirmed"_L1, false);
    return d;
}

Correction readCorrection(JsonFieldReader &r)
{
    Correction c;
    c.id = r.requiredText("id"_L1);
    c.annuls = r.requiredText("annuls"_L1);
    c.reason = r.requiredText("reason"_L1);
    c.staff = r.requiredText("staff"_L1);
    c.at = r.requiredDateTime("at"_L1);
    return c;
}

ClosedDay readClosedDay(JsonFieldReader &r)
{
    ClosedDay day;
    day.date = r.requiredDate("date"_L1);
    day.reason = r.requiredText("reason"_L1);
    return day;
}

EffectTarget readEffectTarget(JsonFieldReader &r)
{
    EffectTarget target;
    target.indicator = r.requiredText("indicator"_L1);
    target.breakdown = r.optionalText("breakdown"_L1);
    target.year = r.requiredInt("year"_L1);
    target.baseline = r.optionalNumber("baseline"_L1);
    target.target = r.optionalNumber("target"_L1);
    return target;
}

} // namespace mestring::core::exchange
