#include "dispensingservice.h"

#include <QCoreApplication>

#include "accessdetail.h"
#include "core/domain/clock.h"
#include "accesslog.h"
#include "core/domain/ids.h"
#include "core/domain/rules/dispensingrules.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/storage/absencerepository.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/transaction.h"
#include "dispensinglistbuilder.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

bool givesDose(DispensingStatus status)
{
    return status == DispensingStatus::Taken || status == DispensingStatus::HandedOut;
}

} // namespace

QString DispensingService::blockMessage(const DoseBlock &block)
{
    return QCoreApplication::translate("mestring",
        "The dose cannot be given: the client has missed %1 scheduled doses in a row "
        "(the last on %2), so tolerance may be lower. A doctor must reassess the dose "
        "first: an attended doctor appointment or a new prescription after %2 lifts the "
        "block. You can still register the dose as missed, refused or withheld.")
        .arg(QString::number(block.run.count()), shownDate(block.run.last()));
}

namespace {

RuleIssues antabusFlag(const Dispensing &d, const Prescription &p)
{
    if (d.status != DispensingStatus::Missed || p.category != DrugCategory::Antabus
        || p.mode != DispensingMode::Supervised) {
        return {};
    }
    return {workflowWarning(QStringLiteral("status"),
        QCoreApplication::translate("mestring",
            "A supervised Antabus dose was missed. "
            "Contact the client today."))};
}

} // namespace

DispensingService::DispensingService(const Database &db, AccessLog &log, const Clock &clock,
                                     QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

std::vector<Dispensing> DispensingService::forPrescription(
    const Actor &actor, const QString &prescriptionId)
{
    requirePermission(actor, Permission::ReadMedication);
    const std::optional<Prescription> p = PrescriptionRepository(m_db).byId(prescriptionId);
    if (!p) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The prescription no longer "
            "exists. Open the client's "
            "medication again."));
    }
    m_log.record(actor, AccessKind::Read, p->client,
        accessDetail(AccessTopic::Dispensings, {prescriptionId}));
    return DispensingRepository(m_db).forPrescription(prescriptionId);
}

DoseBlock DispensingService::computeBlock(const Prescription &prescription, const QDate &day) const
{
    if (prescription.category != DrugCategory::Substitution) return {};
    const std::vector<Prescription> prescriptions
        = PrescriptionRepository(m_db).forClient(prescription.client);
    std::vector<Dispensing> dispensings;
    DispensingRepository repository(m_db);
    for (const Prescription &p : prescriptions) {
        if (p.category != DrugCategory::Substitution) continue;
        std::vector<Dispensing> own = repository.forPrescription(p.id);
        dispensings.insert(dispensings.end(), own.begin(), own.end());
    }
    const std::vector<Absence> absences = AbsenceRepository(m_db).forClient(prescription.client);
    const std::vector<Appointment> appointments
        = AppointmentRepository(m_db).forClient(prescription.client, beginningOfRecords());
    const DoseReassessments reassessments(prescriptions, appointments);
    return substitutionBlockOn(day, prescriptions, dispensings, absences, reassessments);
}

std::vector<DispensingListRow> DispensingService::dayList(
    const Actor &actor, const QDate &day, const QString &clientId)
{
    requirePermission(actor, Permission::ReadMedication);
    std::vector<DispensingListRow> rows = DispensingListBuilder(m_db).build(day, clientId);
    QStringList clients;
    for (const DispensingListRow &row : rows) {
        if (clients.isEmpty() || clients.constLast() != row.clientId) clients << row.clientId;
    }
    clients.removeDuplicates();
    m_log.recordReads(actor, clients, accessDetail(AccessTopic::DispensingList));
    return rows;
}

DoseBlock DispensingService::blockOn(
    const Actor &actor, const QString &prescriptionId, const QDate &day)
{
    requirePermission(actor, Permission::ReadMedication);
    const std::optional<Prescription> p = PrescriptionRepository(m_db).byId(prescriptionId);
    if (!p) return {};
    m_log.record(actor, AccessKind::Read, p->client, accessDetail(AccessTopic::MissedDoses));
    return computeBlock(*p, day);
}

SaveResult DispensingService::record(const Actor &actor, Dispensing d)
{
    requirePermission(actor, Permission::Dispense);
    d.id = newId();
    if (!actor.isSystem) d.staff = actor.staffId;
    const std::optional<Prescription> p = PrescriptionRepository(m_db).byId(d.prescription);
    if (!p) {
        refuse(QStringLiteral("prescription"),
            QCoreApplication::translate("mestring",
                "The prescription does not exist. "
                "Choose the client's prescription."));
    }
    if (d.date.isValid() && d.date > m_clock.today()) {
        refuse(QStringLiteral("date"),
            QCoreApplication::translate("mestring",
                "The day has not come yet. Register a "
                "dispensing on the day or after."));
    }
    RuleIssues issues = checkDispensing(d);
    appendIssues(issues, checkDispensingPeriod(d, *p));
    appendIssues(
        issues, checkDispensingConflicts(d, DispensingRepository(m_db).forPrescription(p->id)));
    refuseOnErrors(issues);
    if (givesDose(d.status)) {
        const DoseBlock block = computeBlock(*p, d.date);
        if (block.blocked) refuse(QStringLiteral("status"), blockMessage(block));
    }
    appendIssues(issues, antabusFlag(d, *p));

    Transaction transaction(m_db);
    DispensingRepository(m_db).insert(d);
    m_log.appendInTransaction(actor, AccessKind::Create, p->client, QString(),
        accessDetail(AccessTopic::Dispensing, {d.id}));
    transaction.commit();
    Q_EMIT dispensingAdded(d.id, d.prescription);
    return {d.id, issues};
}

} // namespace mestring::core
