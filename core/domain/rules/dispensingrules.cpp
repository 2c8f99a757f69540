#include "dispensingrules.h"

#include <algorithm>

#include <QCoreApplication>

#include "textlimits.h"
#include "signedreasonrules.h"
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
        }
    } else if (d.days != 1) {
        issues.push_back(dataError(daysPath,
            QCoreApplication::translate("mestring",
                "Only a take-home supply (handed out) covers "
                "more than one day. Set days to 1.")));
    }
    checkTextLength(issues, QStringLiteral("note"), d.note, textlimit::reason);
    checkTextLength(issues, QStringLiteral("late_reason"), d.lateReason, textlimit::reason);
    if (d.lateConfirmed && !d.isLate()) {
        issues.push_back(dataError(QStringLiteral("late_confirmed"),
            QCoreApplication::translate("mestring",
                "Only a late registration is confirmed by a doctor. Remove the confirmation, "
                "or give the reason for the late registration.")));
    }
    if (d.lateConfirmed)
        checkSignedReason(issues, QStringLiteral("late_confirmed"), *d.lateConfirmed, false);
    return issues;
}

RuleIssues checkDispensingPeriod(const Dispensing &d, const Prescription &p)
{
    if (!d.date.isValid() || !p.start.isValid()) return {};
    if (p.isAnnulled()) {
        return {dataError(QStringLiteral("prescription"),
            QCoreApplication::translate("mestring",
                "The prescription was annulled as entered in error, so nothing is dispensed "
                "on it. Annul the dispensing, or register it on the right prescription."))};
    }
    if (p.start <= d.date && (p.end.isNull() || d.date <= p.end)) return {};
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

namespace {

bool isSupply(const Dispensing &d)
{
    return d.status == DispensingStatus::HandedOut;
}

std::optional<RuleIssue> conflictWith(const Dispensing &d, const Dispensing &other)
{
    if (other.date == d.date) {
        return dataError(QStringLiteral("date"),
            QCoreApplication::translate("mestring",
                "A dispensing of this medicine is already registered on %1. If that one is "
                "wrong, annul it on the client's Medication tab (with a reason) and register "
                "again.")
                .arg(shownDate(d.date)));
    }
    if (isSupply(other) && other.date < d.date && d.date <= other.lastCoveredDay()) {
        return dataError(QStringLiteral("date"),
            QCoreApplication::translate("mestring",
                "%1 is covered by the take-home supply handed out on %2 (%n day(s)). No dose "
                "is registered on a day the client already has medicine for.",
                nullptr, other.days)
                .arg(shownDate(d.date), shownDate(other.date)));
    }
    if (isSupply(d) && d.date < other.date && other.date <= d.lastCoveredDay()) {
        return dataError(QStringLiteral("days"),
            QCoreApplication::translate("mestring",
                "The take-home supply would cover %1, which already has a registered "
                "dispensing. A supply only covers days with nothing registered: hand out "
                "fewer days.")
                .arg(shownDate(other.date)));
    }
    return std::nullopt;
}

RuleIssues checkSupplyMode(const Dispensing &d, const Prescription &p,
    const ClosedDayCalendar &closedDays)
{
    RuleIssues issues;
    if (!isSupply(d) || !d.date.isValid() || d.days < 1) return issues;
    int closed = 0;
    for (int i = 1; i < d.days; ++i)
        closed += closedDays.isClosed(d.date.addDays(i)) ? 1 : 0;
    const bool forClosedDays = d.days > 1 && closed == d.days - 1;
    if (p.mode != DispensingMode::TakeHome && !forClosedDays) {
        issues.push_back(dataError(QStringLiteral("status"),
            QCoreApplication::translate("mestring",
                "The prescription is not for take-home, so no supply is handed out on it "
                "(only the doses of closed days right after the day). Register the dose as "
                "taken, or ask a doctor to change the prescription to take-home.")));
    } else if (d.days - closed > 7) {
        issues.push_back(workflowWarning(QStringLiteral("days"),
            QCoreApplication::translate("mestring",
                "Take-home supplies are normally at most "
                "7 days. Check that the longer supply is "
                "intended.")));
    }
    return issues;
}

} // namespace

RuleIssues checkDispensingCoverage(const Dispensing &d, const Prescription &p,
    std::span<const CoverageEntry> others, const ClosedDayCalendar &closedDays)
{
    RuleIssues issues = checkSupplyMode(d, p, closedDays);
    if (!d.date.isValid()) return issues;
    for (const CoverageEntry &entry : others) {
        const Dispensing &other = *entry.dispensing;
        if (&other == &d || (!d.id.isEmpty() && other.id == d.id) || !other.date.isValid())
            continue;
        if (std::optional<RuleIssue> conflict = conflictWith(d, other)) {
            issues.push_back(std::move(*conflict));
            break;
        }
    }
    return issues;
}

RuleIssues checkCorrection(const Correction &c)
{
    RuleIssues issues;
    if (c.id.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("id"),
            QCoreApplication::translate("mestring", "The correction has no id.")));
    }
    if (c.annuls.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("annuls"),
            QCoreApplication::translate("mestring",
                "The correction names no dispensing. Choose the dispensing it annuls.")));
    }
    checkSignedReason(
        issues, QString(), SignedReason {c.reason, c.staff, c.at}, true);
    return issues;
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

} // namespace mestring::core
