#include "absenceservice.h"

#include <QCoreApplication>
#include <QSet>

#include "accessdetail.h"
#include "accesslog.h"
#include "core/domain/ids.h"
#include "core/domain/rules/absencerules.h"
#include "core/storage/absencerepository.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/feedbackrepository.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

AbsenceService::AbsenceService(const Database &db, AccessLog &log, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
{
}

std::vector<Absence> AbsenceService::forClient(const Actor &actor, const QString &clientId)
{
    requireAnyPermission(actor, {Permission::ManageAppointments, Permission::ReadClinical});
    requireClient(m_db, clientId);
    m_log.record(actor, AccessKind::Read, clientId, accessDetail(AccessTopic::Absences));
    return AbsenceRepository(m_db).forClient(clientId);
}

std::vector<Appointment> AbsenceService::plannedInside(const Absence &absence) const
{
    std::vector<Appointment> result;
    if (!absence.from.isValid() || (absence.to.isValid() && absence.to < absence.from))
        return result;
    QStringList planned;
    for (Appointment &a :
        AppointmentRepository(m_db).forClient(absence.client, absence.from, absence.to)) {
        if (a.status != AppointmentStatus::Planned) continue;
        planned << a.id;
        result.push_back(std::move(a));
    }
    // A session the client rated (FIT) has taken place, even when attendance is not marked.
    QSet<QString> rated;
    for (const FitRating &r : FeedbackRepository(m_db).forAppointments(planned))
        rated.insert(r.appointment);
    std::erase_if(result, [&](const Appointment &a) { return rated.contains(a.id); });
    return result;
}

std::vector<Appointment> AbsenceService::preview(const Actor &actor, const Absence &absence)
{
    requirePermission(actor, Permission::ManageAppointments);
    requireClient(m_db, absence.client);
    m_log.record(
        actor, AccessKind::Read, absence.client, accessDetail(AccessTopic::AbsencePreview));
    return plannedInside(absence);
}

AbsenceSaveResult AbsenceService::save(const Actor &actor, const Absence &absence, bool isNew)
{
    RuleIssues issues = checkAbsence(absence);
    refuseOnErrors(issues);
    requireClient(m_db, absence.client);
    std::vector<Appointment> cancelled = plannedInside(absence);
    for (Appointment &a : cancelled)
        a.status = AppointmentStatus::CancelledClient;

    Transaction transaction(m_db);
    AbsenceRepository absences(m_db);
    if (isNew)
        absences.insert(absence);
    else
        absences.update(absence);
    AppointmentRepository appointments(m_db);
    for (const Appointment &a : cancelled)
        appointments.update(a);
    const QString detail = cancelled.empty() ? accessDetail(AccessTopic::Absence, {absence.id})
                                             : accessDetail(AccessTopic::AbsenceCancelling,
                                                 {absence.id, QString::number(cancelled.size())});
    m_log.appendInTransaction(
        actor, isNew ? AccessKind::Create : AccessKind::Change, absence.client, QString(), detail);
    transaction.commit();

    Q_EMIT absenceChanged(absence.id, absence.client);
    for (const Appointment &a : cancelled)
        Q_EMIT appointmentChanged(a.id, a.course);
    AbsenceSaveResult result;
    result.id = absence.id;
    result.warnings = std::move(issues);
    result.cancelled = std::move(cancelled);
    return result;
}

AbsenceSaveResult AbsenceService::create(const Actor &actor, Absence absence)
{
    requirePermission(actor, Permission::ManageAppointments);
    if (absence.id.isEmpty()) absence.id = newId();
    return save(actor, absence, true);
}

AbsenceSaveResult AbsenceService::update(const Actor &actor, const Absence &changed)
{
    requirePermission(actor, Permission::ManageAppointments);
    const std::optional<Absence> stored = AbsenceRepository(m_db).byId(changed.id);
    if (!stored) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The absence period no longer "
            "exists. Open the client "
            "again."));
    }
    Absence absence = changed;
    absence.client = stored->client;
    return save(actor, absence, false);
}

} // namespace mestring::core
