#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "aftercommit.h"
#include "clientservice.h"
#include "core/domain/medication/doseplausibility.h"
#include "core/domain/prescription.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// Prescriptions (ordinationer). Only a doctor (Permission::Prescribe) creates, changes or
/// stops one, and the prescriber is the doctor who is logged in. A prescription is never edited:
/// a change ends the old one and starts a new one the next day, so the history stays.
/// Enforced: no prescriptions for anonymous clients; the category follows the drug; never two
/// substitution or two antabus prescriptions on the same day; the first substitution (or
/// antabus) prescription needs an attended doctor appointment on or before its start
/// (refused without one); no dispensing is left outside a shortened prescription; a dose above
/// the centre's limit for the drug or more than 50 % from the previous dose is saved only with
/// the doctor's confirmation and a reason (Prescription::doseConfirmed). A prescription entered
/// in error is annulled by a doctor with a reason, before its first dispensing. Take-home
/// supplies over 7 days are saved with a warning. Every read and change is logged.
class PrescriptionService : public QObject
{
    Q_OBJECT

public:
    PrescriptionService(
        const Database &db, AccessLog &log, const Clock &clock, QObject *parent = nullptr);

    /// A client's prescriptions, earliest start first; logs the read.
    std::vector<Prescription> forClient(const Actor &actor, const QString &clientId);
    Prescription get(const Actor &actor, const QString &prescriptionId);
    /// Prescriptions active on `day` (the dispensing list); logs a read per client.
    std::vector<Prescription> activeOn(const Actor &actor, const QDate &day);

    /// A new prescription (assigns an id; the prescriber is the acting doctor). When its dose
    /// needs confirming, `prescription.doseConfirmed` must carry the doctor's reason (the staff
    /// member and time are set here); otherwise it is refused at "dose_confirmed" with what
    /// needs confirming. A confirmation that is not needed is dropped.
    SaveResult create(const Actor &actor, Prescription prescription);
    /// A dose change decided with effect after `lastOldDay`: the old prescription ends on
    /// `lastOldDay` and `next` (dose, schedule, mode, reason; same client) starts the day after.
    /// The result's id is the new prescription's.
    SaveResult change(const Actor &actor, const QString &prescriptionId, const QDate &lastOldDay,
        Prescription next);
    /// Stops the prescription after `lastDay` (its new end; only ever earlier).
    SaveResult stop(const Actor &actor, const QString &prescriptionId, const QDate &lastDay);
    /// Annuls a prescription entered in error, with the reason: only before its first
    /// dispensing (annulled dispensings do not count). It stays visible as annulled and is
    /// never in force; a warning says when the client is left without that medicine.
    SaveResult annul(const Actor &actor, const QString &prescriptionId, const QString &reason);
    /// A doctor confirms a dose that awaits confirmation (e.g. an imported one), with a reason.
    void confirmDose(const Actor &actor, const QString &prescriptionId, const QString &reason);
    /// What a dose needs confirming for on the client's prescriptions (nothing when it is
    /// plausible), for the dialog to ask before saving.
    DosePlausibility plausibility(const Actor &actor, const Prescription &prescription);
    /// The centre's dose limits and methadone concentration.
    MedicationSettings settings() const;

Q_SIGNALS:
    void prescriptionChanged(const QString &prescriptionId, const QString &clientId);

private:
    Prescription requirePrescription(const QString &id) const;
    void prepare(const Actor &actor, Prescription &prescription) const;
    RuleIssues validate(const Prescription &prescription,
        const std::vector<Prescription> &clientPrescriptions) const;
    RuleIssues checkEnding(const Prescription &prescription, const QDate &lastDay) const;
    void requireDoseConfirmation(
        Prescription &prescription, const std::vector<Prescription> &clientPrescriptions) const;
    std::vector<Prescription> lockedForClient(const QString &client) const;

    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
    AfterCommit m_after;
};

} // namespace mestring::core
