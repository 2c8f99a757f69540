#include "prescriptionservice.h"

#include <QCoreApplication>
#include <QSet>

#include "accessdetail.h"
#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/domain/rules/prescriptionrules.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/medicationsettingsstore.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/rowversion.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

QString detailOf(const Prescription &p)
{
    return accessDetail(AccessTopic::Prescription, {p.id});
}

} // namespace

PrescriptionService::PrescriptionService(
    const Database &db, AccessLog &log, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

Prescription PrescriptionService::requirePrescription(const QString &id) const
{
    std::optional<Prescription> p = PrescriptionRepository(m_db).byId(id);
    if (!p) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The prescription no longer "
            "exists. Open the client's "
            "medication again."));
    }
    return *p;
}

std::vector<Prescription> PrescriptionService::forClient(
    const Actor &actor, const QString &clientId)
{
    requirePermission(actor, Permission::ReadMedication);
    requireClient(m_db, clientId);
    m_log.record(actor, AccessKind::Read, clientId, accessDetail(AccessTopic::Prescriptions));
    return PrescriptionRepository(m_db).forClient(clientId);
}

Prescription PrescriptionService::get(const Actor &actor, const QString &prescriptionId)
{
    requirePermission(actor, Permission::ReadMedication);
    Prescription p = requirePrescription(prescriptionId);
    m_log.record(actor, AccessKind::Read, p.client, detailOf(p));
    return p;
}

std::vector<Prescription> PrescriptionService::activeOn(const Actor &actor, const QDate &day)
{
    requirePermission(actor, Permission::ReadMedication);
    std::vector<Prescription> list = PrescriptionRepository(m_db).activeOn(day);
    QSet<QString> clients;
    for (const Prescription &p : list)
        clients.insert(p.client);
    for (const QString &client : std::as_const(clients)) {
        m_log.record(actor, AccessKind::Read, client,
            accessDetail(AccessTopic::MedicationList, {day.toString(Qt::ISODate)}));
    }
    return list;
}

void PrescriptionService::prepare(const Actor &actor, Prescription &p) const
{
    requirePermission(actor, Permission::Prescribe);
    p.id = newId();
    // A doctor prescribes in their own name; the command-line tool names the doctor.
    if (!actor.isSystem) p.prescriber = actor.staffId;
    p.annulled.reset();
    // Only the reason of a dose confirmation comes from the caller: who and when are this.
    if (p.doseConfirmed) p.doseConfirmed = SignedReason {p.doseConfirmed->reason.trimmed(), p.prescriber, m_clock.now()};
}

RuleIssues PrescriptionService::validate(
    const Prescription &p, const std::vector<Prescription> &clientPrescriptions) const
{
    RuleIssues issues = checkPrescription(p);
    if (!p.prescriber.isEmpty())
        appendIssues(issues, checkPrescriber(p, requireStaff(m_db, p.prescriber)));
    appendIssues(issues, checkPrescriptionClient(p, requireClient(m_db, p.client)));
    appendIssues(issues, checkPrescriptionOverlap(p, clientPrescriptions));
    const std::vector<Appointment> appointments
        = AppointmentRepository(m_db).forClient(p.client, beginningOfRecords());
    RuleIssues consultation
        = checkFirstPrescriptionConsultation(p, clientPrescriptions, appointments);
    // Enforced when prescribing: without a consultation the doctor has not seen the client.
    enforceWorkflow(consultation, QStringLiteral("start"));
    appendIssues(issues, consultation);
    return issues;
}

// A dose that needs confirming is saved only with the doctor's reason: the 900 mg typed for
// 90 mg never reaches the list unnoticed.
void PrescriptionService::requireDoseConfirmation(
    Prescription &p, const std::vector<Prescription> &clientPrescriptions) const
{
    const std::optional<SignedReason> given = p.doseConfirmed;
    p.doseConfirmed.reset();
    RuleIssues issues = checkDosePlausibility(p, clientPrescriptions, settings());
    if (issues.empty()) return;
    if (!given || given->reason.isEmpty()) {
        for (RuleIssue &issue : issues) {
            issue.severity = RuleIssue::Severity::Error;
            issue.path = QStringLiteral("dose_confirmed");
        }
        throw RuleViolation(std::move(issues));
    }
    p.doseConfirmed = SignedReason {given->reason, p.prescriber, m_clock.now()};
}

MedicationSettings PrescriptionService::settings() const
{
    return loadMedicationSettings(m_db);
}

DosePlausibility PrescriptionService::plausibility(const Actor &actor, const Prescription &p)
{
    requirePermission(actor, Permission::ReadMedication);
    const std::vector<Prescription> others = PrescriptionRepository(m_db).forClient(p.client);
    return dosePlausibility(p, previousPrescription(p, others), settings());
}

RuleIssues PrescriptionService::checkEnding(const Prescription &p, const QDate &lastDay) const
{
    if (p.isAnnulled()) {
        refuse(QStringLiteral("end"),
            QCoreApplication::translate("mestring",
                "The prescription was annulled as entered in error; it is not in force and "
                "cannot be changed or stopped. Write a new prescription."));
    }
    if (!lastDay.isValid() || lastDay < p.start) {
        refuse(QStringLiteral("end"),
            QCoreApplication::translate("mestring",
                "Enter the last day of the prescription, "
                "on or after its first day (%1).")
                .arg(shownDate(p.start)));
    }
    if (p.end.isValid() && lastDay > p.end) {
        refuse(QStringLiteral("end"),
            QCoreApplication::translate("mestring",
                "The prescription already ended on %1. "
                "Write a new prescription to continue "
                "the treatment.")
                .arg(shownDate(p.end)));
    }
    RuleIssues issues;
    for (const Dispensing &d : DispensingRepository(m_db).forPrescription(p.id)) {
        if (d.date > lastDay) {
            refuse(QStringLiteral("end"),
                QCoreApplication::translate("mestring",
                    "A dispensing is already registered "
                    "on %1, after the new last day. "
                    "Choose that day or a later one as "
                    "the last day.")
                    .arg(shownDate(d.date)));
        }
        if (d.status == DispensingStatus::HandedOut && d.lastCoveredDay() > lastDay) {
            issues.push_back(workflowWarning(QStringLiteral("end"),
                QCoreApplication::translate("mestring",
                    "The take-home supply handed out on %1 "
                    "lasts until %2, after the "
                    "prescription's new last day. Talk to "
                    "the client about the rest of the "
                    "supply.")
                    .arg(shownDate(d.date), shownDate(d.lastCoveredDay()))));
        }
    }
    return issues;
}

// Inside a unit of work: the client's prescriptions are read next, for the rules over all of
// them (no two substitution prescriptions at once, the dose limits): one prescriber at a time.
std::vector<Prescription> PrescriptionService::lockedForClient(const QString &client) const
{
    lockRow(m_db, "clients", client);
    return PrescriptionRepository(m_db).forClient(client);
}

SaveResult PrescriptionService::create(const Actor &actor, Prescription prescription)
{
    prepare(actor, prescription);
    return m_after.run(m_db, [&] {
        const std::vector<Prescription> others = lockedForClient(prescription.client);
        RuleIssues issues = validate(prescription, others);
        refuseOnErrors(issues);
        requireDoseConfirmation(prescription, others);
        PrescriptionRepository(m_db).insert(prescription);
        m_log.appendInTransaction(
            actor, AccessKind::Create, prescription.client, QString(), detailOf(prescription));
        m_after.add([this, id = prescription.id, client = prescription.client] {
            Q_EMIT prescriptionChanged(id, client);
        });
        return SaveResult {prescription.id, issues};
    });
}

SaveResult PrescriptionService::change(
    const Actor &actor, const QString &prescriptionId, const QDate &lastOldDay, Prescription next)
{
    requirePermission(actor, Permission::Prescribe);
    prepare(actor, next);
    return m_after.run(m_db, [&] {
        const Prescription old = requirePrescription(prescriptionId);
        RuleIssues issues = checkEnding(old, lastOldDay);
        next.client = old.client;
        next.start = lastOldDay.addDays(1);
        std::vector<Prescription> others = lockedForClient(old.client);
        for (Prescription &p : others) {
            if (p.id == old.id) p.end = lastOldDay;
        }
        appendIssues(issues, validate(next, others));
        refuseOnErrors(issues);
        requireDoseConfirmation(next, others);

        PrescriptionRepository repository(m_db);
        repository.endPrescription(old.id, lastOldDay);
        repository.insert(next);
        m_log.appendInTransaction(actor, AccessKind::Change, old.client, QString(),
            accessDetail(AccessTopic::PrescriptionReplaced, {old.id, next.id}));
        m_after.add([this, oldId = old.id, nextId = next.id, client = old.client] {
            Q_EMIT prescriptionChanged(oldId, client);
            Q_EMIT prescriptionChanged(nextId, client);
        });
        return SaveResult {next.id, issues};
    });
}

SaveResult PrescriptionService::stop(
    const Actor &actor, const QString &prescriptionId, const QDate &lastDay)
{
    requirePermission(actor, Permission::Prescribe);
    return m_after.run(m_db, [&] {
        const Prescription p = requirePrescription(prescriptionId);
        lockRow(m_db, "clients", p.client);
        RuleIssues issues = checkEnding(p, lastDay);
        PrescriptionRepository(m_db).endPrescription(p.id, lastDay);
        m_log.appendInTransaction(actor, AccessKind::Change, p.client, QString(),
            accessDetail(AccessTopic::PrescriptionStopped, {p.id}));
        m_after.add(
            [this, id = p.id, client = p.client] { Q_EMIT prescriptionChanged(id, client); });
        return SaveResult {p.id, issues};
    });
}

} // namespace mestring::core
