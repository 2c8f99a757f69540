#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/dispensing.h"
#include "core/domain/medication/dosesafety.h"

namespace mestring::core {

class AccessLog;
class Database;

/// Dispensings (udlevering) registered by nurses and doctors (Permission::Dispense). Enforced:
/// at most one per prescription and day; none on a day covered by a take-home supply; none
/// outside the prescription's start..end or on a day that has not come; `days` 1-14 for
/// handed_out, else 1 (over 7 with a warning). The missed-dose safety block: after 3 or more
/// consecutive missed scheduled substitution doses (absence days are not scheduled) a dose
/// taken or handed out is refused until a doctor records a dose reassessment (an attended
/// doctor appointment, or a new prescription, after the last missed day); `missed`,
/// `refused` and `withheld` can always be recorded, and recording them does not lift the
/// block. Every read and change is logged.
class DispensingService : public QObject
{
    Q_OBJECT

public:
    DispensingService(const Database &db, AccessLog &log, QObject *parent = nullptr);

    /// A prescription's dispensings by date; logs the read.
    std::vector<Dispensing> forPrescription(const Actor &actor, const QString &prescriptionId);
    /// Whether a dose of this prescription on `day` is blocked, and by which missed doses (for
    /// the dispensing list, before anything is recorded). Never blocked for non-substitution.
    DoseBlock blockOn(const Actor &actor, const QString &prescriptionId, const QDate &day);
    /// Registers a dispensing (assigns an id; the staff member is the one acting).
    SaveResult record(const Actor &actor, Dispensing dispensing);

Q_SIGNALS:
    void dispensingAdded(const QString &dispensingId, const QString &prescriptionId);

private:
    DoseBlock computeBlock(const Prescription &prescription, const QDate &day) const;

    const Database &m_db;
    AccessLog &m_log;
};

} // namespace mestring::core
