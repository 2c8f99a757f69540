#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/dispensing.h"
#include "core/domain/medication/dispensinglist.h"
#include "core/domain/medication/dosesafety.h"
#include "core/domain/medication/medicationrecord.h"
#include "core/domain/medication/worklist.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// Dispensings (udlevering) registered by nurses and doctors (Permission::Dispense). Enforced:
/// the coverage rules of checkDispensingCoverage() (one dispensing per day per client and drug
/// category, none on a day a supply covers, no supply over a registered day, a take-home only
/// on a take-home prescription except over closed days); none outside the prescription's
/// start..end or on a day that has not come; a dispensing dated before today is a late
/// registration and needs its reason; `days` 1-14 for handed_out, else 1 (over 7 open days
/// with a warning). No dose is given while the missed-dose block stands (3 or more consecutive
/// missed scheduled substitution doses, until a doctor records a dose reassessment; a late
/// registration counts only once a doctor confirms it) or while the prescription's dose awaits
/// a doctor's confirmation; `missed`, `refused` and `withheld` can always be recorded. A
/// dispensing is never changed: a wrong one is annulled with a reason by the staff member who
/// registered it (the same day) or a doctor. Every read and change is logged.
class DispensingService : public QObject
{
    Q_OBJECT

public:
    DispensingService(const Database &db, AccessLog &log, const Clock &clock,
                      QObject *parent = nullptr);

    /// A prescription's counting dispensings by date; logs the read.
    std::vector<Dispensing> forPrescription(const Actor &actor, const QString &prescriptionId);
    /// Whether a dose of this prescription on `day` is blocked, and by which missed doses (for
    /// the dispensing list, before anything is recorded). Never blocked for non-substitution.
    DoseBlock blockOn(const Actor &actor, const QString &prescriptionId, const QDate &day);
    /// The dispensing list of `day` (Medicin): every client with a dose of a centre
    /// prescription due that day or recorded for it, with the missed-dose block, the planned
    /// take-home over closed days, a new dose and the antabus "contact the client" flag (see
    /// DispensingListBuilder). Only `clientId`'s rows when not empty (to refresh the rows of
    /// one client after a recording). Logs one read per client listed.
    std::vector<DispensingListRow> dayList(
        const Actor &actor, const QDate &day, const QString &clientId = {});
    /// Registers a dispensing (assigns an id; the staff member is the one acting).
    SaveResult record(const Actor &actor, Dispensing dispensing);
    /// Annuls a dispensing registered in error (a correction with `reason`): by the staff
    /// member who registered it on the day it was registered, or by a doctor.
    SaveResult annul(const Actor &actor, const QString &dispensingId, const QString &reason);
    /// A doctor confirms a late registration, so it counts for the missed-dose block.
    void confirmLate(const Actor &actor, const QString &dispensingId, const QString &note);

    /// A client's medication as of today: prescriptions, dispensings with their corrections,
    /// dose days and the block. Logs one read.
    MedicationRecord clientRecord(const Actor &actor, const QString &clientId);
    /// The doctor's worklist of today (Overblik): clients blocked, medical reviews overdue,
    /// doses awaiting confirmation and late registrations to confirm. Logs a read per client.
    std::vector<WorklistItem> worklist(const Actor &actor);

    /// Why a dose cannot be given and who lifts the block (the refusal's text), for the list.
    static QString blockMessage(const DoseBlock &block);
    /// The day the service counts as today (the centre's clock).
    QDate today() const;

Q_SIGNALS:
    void dispensingAdded(const QString &dispensingId, const QString &prescriptionId);
    /// A dispensing was annulled or its late registration confirmed.
    void dispensingChanged(const QString &dispensingId, const QString &prescriptionId);

private:
    DoseBlock computeBlock(const Prescription &prescription, const QDate &day) const;
    Dispensing requireDispensing(const QString &id) const;
    Prescription requirePrescription(const QString &id) const;
    void checkLateRegistration(Dispensing &d) const;
    RuleIssues checkCoverage(const Dispensing &d, const Prescription &p) const;
    void checkDoseAllowed(const Dispensing &d, const Prescription &p) const;
    /// Refuses `d` when its prescription already has a counting dispensing that day, naming
    /// who registered it.
    void refuseIfRegistered(const Dispensing &d) const;

    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
