#include "dispensingrules.h"

#include <algorithm>

#include <QCoreApplication>

#include "textlimits.h"
#include "core/domain/medication/dosesafety.h"
#include "issuehelpers.h"

namespace mestring::core {

namespace {

QString shownDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

void checkRequired(const Dispensing &d, RuleIssues &issues)
{
    if (d.id.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("id"),
            QCoreApplication::translate("mestring", "The dispensing has no id.")));
    }
    if (d.prescription.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("prescription"),
            QCoreApplication::translate("mestring",
                "The dispensing belongs to no "
                "prescription. Choose the "
                "prescription.")));
    }
    if (!d.date.isValid()) {
        issues.push_back(dataError(QStringLiteral("date"),
            QCoreApplication::translate("mestring",
                "The dispensing has no date. "
                "Enter the day.")));
    }
    if (d.doseMg < 0) {
        issues.push_back(dataError(QStringLiteral("dose_mg"),
            QCoreApplication::translate("mestring",
                "The dose cannot be negative. "
                "Enter the dose in mg.")));
    }
}

} // namespace

RuleIssues checkDispensing(const Dispensing &d)
{
    RuleIssues issues;
    checkRequired(d, issues);
    const QString daysPath = QStringLiteral("days");
    if (d.status == DispensingStatus::HandedOut) {
        if (d.days < 1 || d.days > maxTakeHomeSupplyDays) {
            issues.push_back(dataError(daysPath,
                QCoreApplication::translate("mestring",
                    "A take-home supply is for 1 to 14 days, "
                    "the day of handing out included. Enter "
                    "the number of days.")));
        } else if (d.days > 7) {
            issues.push_back(workflowWarning(daysPath,
                QCoreApplication::translate("mestring",
                    "Take-home supplies are normally at most "
                    "7 days. Check that the longer supply is "
                    "intended.")));
        }
    } else if (d.days != 1) {
        issues.push_back(dataError(daysPath,
            QCoreApplication::translate("mestring",
                "Only a take-home supply (handed out) covers "
                "more than one day. Set days to 1.")));
    }
    checkTextLength(issues, QStringLiteral("note"), d.note, textlimit::reason);
    return issues;
}

RuleIssues checkDispensingPeriod(const Dispensing &d, const Prescription &p)
{
    if (!d.date.isValid() || !p.start.isValid() || p.isActiveOn(d.date)) return {};
    const QString period = p.end.isValid()
        ? QCoreApplication::translate("mestring", "%1 to %2")
              .arg(shownDate(p.start), shownDate(p.end))
        : QCoreApplication::translate("mestring", "from %1").arg(shownDate(p.start));
    return {dataError(QStringLiteral("date"),
        QCoreApplication::translate("mestring",
            "The dispensing is dated outside the "
            "prescription's period (%1). Check the date "
            "or the prescription.")
            .arg(period))};
}

RuleIssues checkDispensingConflicts(
    const Dispensing &d, std::span<const Dispensing> prescriptionDispensings)
{
    for (const Dispensing &other : prescriptionDispensings) {
        if (&other == &d || other.id == d.id || other.prescription != d.prescription) continue;
        if (other.date == d.date) {
            return {dataError(QStringLiteral("date"),
                QCoreApplication::translate("mestring",
                    "The prescription already has a "
                    "dispensing on this day (id '%1'). "
                    "Register at most one per day: "
                    "correct the existing one instead.")
                    .arg(other.id))};
        }
        if (other.status == DispensingStatus::HandedOut && other.date < d.date
            && d.date <= other.lastCoveredDay()) {
            return {dataError(QStringLiteral("date"),
                QCoreApplication::translate("mestring",
                    "This day is covered by the take-home "
                    "supply handed out on %1 (id '%2'). "
                    "No dispensing is registered on "
                    "covered days.")
                    .arg(shownDate(other.date), other.id))};
        }
    }
    return {};
}

RuleIssue blockedDispensingIssue(int missedDoses, const QDate &lastMissed)
{
    return workflowWarning(QStringLiteral("status"),
        QCoreApplication::translate("mestring",
            "The dose was given after %1 missed doses in a row (the "
            "last on %2) without a dose reassessment. After 3 missed "
            "doses a doctor must reassess the dose before the next "
            "dispensing.")
            .arg(QString::number(missedDoses), shownDate(lastMissed)));
}

RuleIssues checkDispensingBlock(const Dispensing &d,
    std::span<const Prescription> clientPrescriptions,
    std::span<const Dispensing> clientDispensings, std::span<const Absence> clientAbsences,
    std::span<const Appointment> clientAppointments)
{
    if (d.status != DispensingStatus::Taken && d.status != DispensingStatus::HandedOut) return {};
    const auto own = std::find_if(clientPrescriptions.begin(), clientPrescriptions.end(),
        [&d](const Prescription &p) { return p.id == d.prescription; });
    if (own == clientPrescriptions.end() || own->category != DrugCategory::Substitution) return {};
    const DoseReassessments reassessments(clientPrescriptions, clientAppointments);
    const DoseBlock block = substitutionBlockOn(
        d.date, clientPrescriptions, clientDispensings, clientAbsences, reassessments);
    if (!block.blocked) return {};
    return {blockedDispensingIssue(block.run.count(), block.run.last())};
}

} // namespace mestring::core
