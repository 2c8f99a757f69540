#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/absence.h"
#include "core/domain/appointment.h"

namespace mestring::core {

class AccessLog;
class Database;

/// An absence saved, and the planned appointments it cancelled.
struct AbsenceSaveResult : SaveResult
{
    std::vector<Appointment> cancelled; // as they are now: cancelled_client
};

/// Absence periods (fravær): holiday, hospital, prison, a residential stay elsewhere. Planned
/// appointments of the client inside a new (or lengthened) period become `cancelled_client` in
/// the same transaction as the absence; preview() lists them first so the UI can show them.
/// Medication doses inside the period are not expected (see doseschedule.h). Needs
/// ManageAppointments; every read and change is written to the access log.
class AbsenceService : public QObject
{
    Q_OBJECT

public:
    AbsenceService(const Database &db, AccessLog &log, QObject *parent = nullptr);

    /// A client's absence periods, earliest first; logs the read.
    std::vector<Absence> forClient(const Actor &actor, const QString &clientId);
    /// The planned appointments that saving `absence` would cancel.
    std::vector<Appointment> preview(const Actor &actor, const Absence &absence);
    /// Registers the period (assigns an id when empty) and cancels the planned appointments
    /// inside it.
    AbsenceSaveResult create(const Actor &actor, Absence absence);
    /// Changes a period (e.g. an open-ended one gets its last day); planned appointments inside
    /// the changed period are cancelled too.
    AbsenceSaveResult update(const Actor &actor, const Absence &absence);

Q_SIGNALS:
    void absenceChanged(const QString &absenceId, const QString &clientId);
    void appointmentChanged(const QString &appointmentId, const QString &courseId);

private:
    std::vector<Appointment> plannedInside(const Absence &absence) const;
    AbsenceSaveResult save(const Actor &actor, const Absence &absence, bool isNew);

    const Database &m_db;
    AccessLog &m_log;
};

} // namespace mestring::core
