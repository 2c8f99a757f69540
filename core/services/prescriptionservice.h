#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/prescription.h"

namespace mestring::core {

class AccessLog;
class Database;

/// Prescriptions (ordinationer). Only a doctor (Permission::Prescribe) creates, changes or
/// stops one, and the prescriber is the doctor who is logged in. A prescription is never edited:
/// a change ends the old one and starts a new one the next day, so the history stays.
/// Enforced: no prescriptions for anonymous clients; the category follows the drug; never two
/// substitution or two antabus prescriptions on the same day; the first substitution (or
/// antabus) prescription needs an attended doctor appointment on or before its start
/// (refused without one); no dispensing is left outside a shortened prescription. Take-home
/// supplies over 7 days are saved with a warning. Every read and change is logged.
class PrescriptionService : public QObject
{
    Q_OBJECT

public:
    PrescriptionService(const Database &db, AccessLog &log, QObject *parent = nullptr);

    /// A client's prescriptions, earliest start first; logs the read.
    std::vector<Prescription> forClient(const Actor &actor, const QString &clientId);
    Prescription get(const Actor &actor, const QString &prescriptionId);
    /// Prescriptions active on `day` (the dispensing list); logs a read per client.
    std::vector<Prescription> activeOn(const Actor &actor, const QDate &day);

    /// A new prescription (assigns an id; the prescriber is the acting doctor).
    SaveResult create(const Actor &actor, Prescription prescription);
    /// A dose change decided with effect after `lastOldDay`: the old prescription ends on
    /// `lastOldDay` and `next` (dose, schedule, mode, reason; same client) starts the day after.
    /// The result's id is the new prescription's.
    SaveResult change(const Actor &actor, const QString &prescriptionId, const QDate &lastOldDay,
        Prescription next);
    /// Stops the prescription after `lastDay` (its new end; only ever earlier).
    SaveResult stop(const Actor &actor, const QString &prescriptionId, const QDate &lastDay);

Q_SIGNALS:
    void prescriptionChanged(const QString &prescriptionId, const QString &clientId);

private:
    Prescription requirePrescription(const QString &id) const;
    void prepare(const Actor &actor, Prescription &prescription) const;
    RuleIssues validate(const Prescription &prescription,
        const std::vector<Prescription> &clientPrescriptions) const;
    RuleIssues checkEnding(const Prescription &prescription, const QDate &lastDay) const;

    const Database &m_db;
    AccessLog &m_log;
};

} // namespace mestring::core
