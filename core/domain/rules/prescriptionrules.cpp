#include "prescriptionrules.h"

#include <QCoreApplication>

#include "textlimits.h"
#include "core/domain/medication/doseplausibility.h"
#include "issuehelpers.h"
#include "signedreasonrules.h"

namespace mestring::core {

namespace {

bool needsDoctorFollowUp(DrugCategory category)
{
    return category == DrugCategory::Substitution || category == DrugCategory::Antabus;
}

void checkRequired(const Prescription &p, RuleIssues &issues)
{
    if (p.id.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("id"),
            QCoreApplication::translate("mestring", "The prescription has no id.")));
    }
    if (p.client.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("client"),
            QCoreApplication::translate("mestring",
                "The prescription is for no "
                "client. Choose the client.")));
    }
    if (p.prescriber.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("prescriber"),
            QCoreApplication::translate("mestring",
                "The prescription names no "
                "prescriber. Choose the "
                "doctor.")));
    }
    if (!p.start.isValid()) {
        issues.push_back(dataError(QStringLiteral("start"),
            QCoreApplication::translate("mestring",
                "The prescription has no start "
                "date. Enter the first day.")));
    } else if (p.end.isValid() && p.end < p.start) {
        issues.push_back(dataError(QStringLiteral("end"),
            QCoreApplication::translate("mestring",
                "The prescription ends before "
                "it starts. Correct the last "
                "day.")));
    }
    if (!(p.doseMg > 0)) {
        issues.push_back(dataError(QStringLiteral("dose_mg"),
            QCoreApplication::translate("mestring",
                "The dose must be more than 0 "
                "mg. Enter the dose.")));
    }
}

void checkCategory(const Prescription &p, RuleIssues &issues)
{
    const std::optional<DrugCategory> expected = categoryOfDrug(p.drug);
    if (!expected || *expected == p.category) return;
    issues.push_back(dataError(QStringLiteral("category"),
        QCoreApplication::translate("mestring",
            "The category does not follow the drug: methadone and the "
            "buprenorphines are substitution, disulfiram is antabus, "
            "naltrexone, acamprosate and nalmefene are craving "
            "medication, chlordiazepoxide and oxazepam are withdrawal "
            "medication. Choose the matching category.")));
}

void checkModeAndSchedule(const Prescription &p, RuleIssues &issues)
{
    const QString takeHomePath = QStringLiteral("take_home_days");
    if (p.mode == DispensingMode::TakeHome) {
        if (!p.takeHomeDays || *p.takeHomeDays < 1) {
            issues.push_back(dataError(takeHomePath,
                QCoreApplication::translate("mestring",
                    "A take-home prescription needs the "
                    "number of days per supply (1 or "
                    "more).")));
        } else if (*p.takeHomeDays > maxUsualTakeHomeDays) {
            issues.push_back(workflowWarning(takeHomePath,
                QCoreApplication::translate("mestring",
                    "Take-home supplies are normally at "
                    "most 7 days. Check that the longer "
                    "supply is intended.")));
        }
    } else if (p.takeHomeDays) {
        issues.push_back(dataError(takeHomePath,
            QCoreApplication::translate("mestring",
                "Only a take-home prescription has take-"
                "home days. Remove them, or set the mode "
                "to take-home.")));
    }
    if (p.schedule.kind == Schedule::Kind::Weekdays) {
        const bool valid = !p.schedule.weekdays.empty() && *p.schedule.weekdays.begin() >= 1
            && *p.schedule.weekdays.rbegin() <= 7;
        if (!valid) {
            issues.push_back(dataError(QStringLiteral("schedule.weekdays"),
                QCoreApplication::translate(
                    "mestring", "Choose at least one weekday for the doses.")));
        }
    } else if (p.schedule.kind == Schedule::Kind::EveryDays && p.schedule.everyDays < 1) {
        issues.push_back(dataError(QStringLiteral("schedule.every_days"),
            QCoreApplication::translate("mestring", "Doses every N days needs N of 1 or more.")));
    }
}

} // namespace

RuleIssues checkPrescription(const Prescription &prescription)
{
    RuleIssues issues;
    checkRequired(prescription, issues);
    checkCategory(prescription, issues);
    checkModeAndSchedule(prescription, issues);
    checkTextLength(issues, QStringLiteral("reason"), prescription.reason, textlimit::reason);
    if (prescription.annulled)
        checkSignedReason(issues, QStringLiteral("annulled"), *prescription.annulled, true);
    if (prescription.doseConfirmed)
        checkSignedReason(
            issues, QStringLiteral("dose_confirmed"), *prescription.doseConfirmed, true);
    return issues;
}

RuleIssues checkSignedByDoctor(const QString &path, const StaffMember &staff)
{
    if (staff.role == Role::Doctor) return {};
    return {dataError(path + QStringLiteral(".staff"),
        QCoreApplication::translate("mestring",
            "%1 is not a doctor. Only a doctor annuls a prescription or confirms a dose or a "
            "late registration.")
            .arg(staff.name.isEmpty() ? staff.id : staff.name))};
}

RuleIssues checkDosePlausibility(const Prescription &prescription,
    std::span<const Prescription> clientPrescriptions, const MedicationSettings &settings)
{
    if (!awaitsDoseConfirmation(prescription, clientPrescriptions, settings)) return {};
    const DosePlausibility plausibility = dosePlausibility(
        prescription, previousPrescription(prescription, clientPrescriptions), settings);
    const QString mg = QString::number(prescription.doseMg);
    const QString message = plausibility.limitMg
        ? QCoreApplication::translate("mestring",
              "%1 mg is above the centre's limit of %2 mg for this drug. A doctor must "
              "confirm the dose with a reason.")
              .arg(mg, QString::number(*plausibility.limitMg))
        : QCoreApplication::translate("mestring",
              "%1 mg changes the dose by more than 50 % from %2 mg. A doctor must confirm the "
              "dose with a reason.")
              .arg(mg, QString::number(*plausibility.previousMg));
    return {workflowWarning(QStringLiteral("dose_mg"), message)};
}

RuleIssues checkPrescriber(const Prescription &prescription, const StaffMember &prescriber)
{
    Q_UNUSED(prescription);
    if (prescriber.role == Role::Doctor) return {};
    return {dataError(QStringLiteral("prescriber"),
        QCoreApplication::translate("mestring",
            "%1 is not a doctor. Only a doctor can "
            "prescribe; choose a doctor as prescriber.")
            .arg(prescriber.name.isEmpty() ? prescriber.id : prescriber.name))};
}

RuleIssues checkPrescriptionClient(const Prescription &prescription, const Client &client)
{
    Q_UNUSED(prescription);
    if (!client.anonymous) return {};
    return {dataError(QStringLiteral("client"),
        QCoreApplication::translate("mestring",
            "Anonymous clients get no prescriptions. "
            "Register the client with name and CPR "
            "number first."))};
}

bool prescriptionsClash(const Prescription &a, const Prescription &b)
{
    if (a.isAnnulled() || b.isAnnulled() || a.client != b.client || a.category != b.category || !needsDoctorFollowUp(a.category)
        || !a.start.isValid() || !b.start.isValid()) {
        return false;
    }
    const bool aReachesB = !a.end.isValid() || a.end >= b.start;
    const bool bReachesA = !b.end.isValid() || b.end >= a.start;
    return aReachesB && bReachesA;
}

RuleIssues checkPrescriptionOverlap(
    const Prescription &prescription, std::span<const Prescription> clientPrescriptions)
{
    for (const Prescription &other : clientPrescriptions) {
        if (other.id == prescription.id || !prescriptionsClash(prescription, other)) continue;
        return {dataError(QStringLiteral("start"),
            QCoreApplication::translate("mestring",
                "The prescription is active on the same days as prescription "
                "'%1' of the same category. End the other prescription the day "
                "before this one starts.")
                .arg(other.id))};
    }
    return {};
}

RuleIssues checkFirstPrescriptionConsultation(const Prescription &prescription,
    std::span<const Prescription> clientPrescriptions,
    std::span<const Appointment> clientAppointments)
{
    if (!needsDoctorFollowUp(prescription.category) || !prescription.start.isValid()
        || prescription.isAnnulled())
        return {};
    for (const Prescription &other : clientPrescriptions) {
        const bool earlier = other.start < prescription.start
            || (other.start == prescription.start && other.id < prescription.id);
        if (other.id != prescription.id && other.client == prescription.client
            && !other.isAnnulled() && other.category == prescription.category
            && other.start.isValid() && earlier) {
            return {};
        }
    }
    for (const Appointment &appointment : clientAppointments) {
        if (appointment.type == AppointmentType::Doctor
            && appointment.status == AppointmentStatus::Attended && appointment.start.isValid()
            && appointment.startDay() <= prescription.start) {
            return {};
        }
    }
    return {workflowWarning(QStringLiteral("start"),
        QCoreApplication::translate("mestring",
            "This is the client's first prescription of its kind, but there "
            "is no attended doctor consultation on or before its start. "
            "Register the consultation before the first prescription."))};
}

} // namespace mestring::core
