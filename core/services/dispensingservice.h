#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/dispensing.h"
#include "core/domain/medication/dispensinglist.h"
#include "core/domain/medication/dosesafety.h"

namespace mestring::core {

class AccessLog;
class Clock;
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
    DispensingService(const Database &db, AccessLog &log, const Clock &clock,
                      QObject *parent = nullptr);

    /// A prescription's dispensings by date; logs the read.
    std::vector<Dispensing> forPrescription(const Actor &actor, const QString &prescriptionId);
    /// Whether a dose of this prescription on `day` is blocked, and by which missed doses (for
    /// the dispensing list, before anything is recorded). Never blocked for non-substitution.
    DoseBlock blockOn(const Actor &actor, const QString &prescriptionId, const QDate &day);
    /// The dispensing list of `day` (Medicin): every client with a dose of a centre
    /// prescription due that day or recorded for it, with the missed-dose block and the
    /// antabus "contact the client" flag (see DispensingListBuilder). Only `clientId`'s rows
    /// when not empty (to refresh the rows of one client after a recording). Logs one read
    /// per client listed.
    std::vector<DispensingListRow> dayList(
        const Actor &actor, const QDate &day, const QString &clientId = {});
    /// Registers a dispensing (assigns an id; the staff member is the one acting).
    SaveResult record(const Actor &actor, Dispensing dispensing);

    /// Why a dose cannot be given and who lifts the block (the refusal's text), for the list.
    static QString blockMessage(const DoseBlock &block);

Q_SIGNALS:
    void dispensingAdded(const QString &dispensingId, const QString &prescriptionId);

private:
    DoseBlock computeBlock(const Prescription &prescription, const QDate &day) const;

    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
