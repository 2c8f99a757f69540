#include "dispensingservice.h"

#include <QCoreApplication>

#include "accessdetail.h"
#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/domain/medication/coverage.h"
#include "core/domain/medication/doseplausibility.h"
#include "core/domain/rules/dispensingrules.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/storage/absencerepository.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/closeddayrepository.h"
#include "core/storage/database.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/medicationsettingsstore.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/transaction.h"
#include "core/storage/unitofwork.h"
#include "dispensinglistbuilder.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

bool givesDose(DispensingStatus status)
{
    return status == DispensingStatus::Taken || status == DispensingStatus::HandedOut;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

RuleIssues antabusFlag(const Dispensing &d, const Prescription &p)
{
    if (d.status != DispensingStatus::Missed || p.category != DrugCategory::Antabus
        || p.mode != DispensingMode::Supervised) {
        return {};
    }
    return {workflowWarning(QStringLiteral("status"),
        tr("A supervised Antabus dose was missed. Contact the client today."))};
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

DispensingService::DispensingService(
    const Database &db, AccessLog &log, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

QDate DispensingService::today() const
{
    return m_clock.today();
}

Prescription DispensingService::requirePrescription(const QString &id) const
{
    const std::optional<Prescription> p = PrescriptionRepository(m_db).byId(id);
    if (!p) {
        throw NotFound(tr("The prescription no longer exists. Open the client's medication "
                          "again."));
    }
    return *p;
}

Dispensing DispensingService::requireDispensing(const QString &id) const
{
    const std::optional<Dispensing> d = DispensingRepository(m_db).byId(id);
    if (!d) {
        throw NotFound(tr("The dispensing no longer exists. Open the client's medication "
                          "again."));
    }
    return *d;
}

std::vector<Dispensing> DispensingService::forPrescription(
    const Actor &actor, const QString &prescriptionId)
{
    requirePermission(actor, Permission::ReadMedication);
    const Prescription p = requirePrescription(prescriptionId);
    m_log.record(actor, AccessKind::Read, p.client,
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
    return substitutionBlockOn(day, prescriptions, pointersTo(dispensings), absences,
        ClosedDayCalendar(ClosedDayRepository(m_db).all()), reassessments, today());
}

std::vector<DispensingListRow> DispensingService::dayList(
    const Actor &actor, const QDate &day, const QString &clientId)
{
    requirePermission(actor, Permission::ReadMedication);
    std::vector<DispensingListRow> rows = DispensingListBuilder(m_db).build(day, today(), clientId);
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

// A dispensing dated before today is a late registration (efterregistrering): it needs a
// reason. One dated today is not, whatever the caller says.
void DispensingService::checkLateRegistration(Dispensing &d) const
{
    d.lateConfirmed.reset();
    d.lateReason = d.lateReason.trimmed();
    if (!d.date.isValid() || d.date >= today()) {
        d.lateReason.clear();
        return;
    }
    if (d.lateReason.isEmpty()) {
        refuse(QStringLiteral("late_reason"),
            tr("The day is over: this is a late registration. Write why it is registered now "
               "(e.g. forgotten at the time, registered on paper), so the doctor can see it."));
    }
}

RuleIssues DispensingService::checkCoverage(const Dispensing &d, const Prescription &p) const
{
    std::vector<Prescription> shared;
    for (Prescription &other : PrescriptionRepository(m_db).forClient(p.client)) {
        if (!other.isAnnulled() && sharesCoverage(p, other)) shared.push_back(std::move(other));
    }
    std::vector<Dispensing> dispensings;
    std::vector<std::size_t> owner;
    DispensingRepository repository(m_db);
    for (std::size_t i = 0; i < shared.size(); ++i) {
        for (Dispensing &other : repository.forPrescription(shared[i].id)) {
            dispensings.push_back(std::move(other));
            owner.push_back(i);
        }
    }
    std::vector<CoverageEntry> entries;
    for (std::size_t i = 0; i < dispensings.size(); ++i)
        entries.push_back({&dispensings[i], &shared[owner[i]]});
    return checkDispensingCoverage(
        d, p, entries, ClosedDayCalendar(ClosedDayRepository(m_db).all()));
}

void DispensingService::checkDoseAllowed(const Dispensing &d, const Prescription &p) const
{
    if (!givesDose(d.status)) return;
    const std::vector<Prescription> clientPrescriptions
        = PrescriptionRepository(m_db).forClient(p.client);
    if (awaitsDoseConfirmation(p, clientPrescriptions, loadMedicationSettings(m_db))) {
        refuse(QStringLiteral("status"),
            tr("The dose awaits a doctor's confirmation (it is above the centre's limit or "
               "changed by more than 50 %), so it cannot be given yet. Ask the doctor to "
               "confirm it on the client's Medication tab. You can register the dose as "
               "missed, refused or withheld."));
    }
    const DoseBlock block = computeBlock(p, d.date);
    if (block.blocked) refuse(QStringLiteral("status"), blockMessage(block));
}

SaveResult DispensingService::record(const Actor &actor, Dispensing d)
{
    requirePermission(actor, Permission::Dispense);
    d.id = newId();
    if (!actor.isSystem) d.staff = actor.staffId;
    // The checks and the insert in one unit of work: when another station registers the same
    // dose meanwhile, the database refuses this insert (dispensings_day) and the checks, run
    // again, see the other registration and say who made it.
    const SaveResult result = runUnitOfWork(m_db, [&] {
        const std::optional<Prescription> p = PrescriptionRepository(m_db).byId(d.prescription);
        if (!p) {
            refuse(QStringLiteral("prescription"),
                tr("The prescription does not exist. Choose the client's prescription."));
        }
        if (d.date.isValid() && d.date > m_clock.today()) {
            refuse(QStringLiteral("date"),
                tr("The day has not come yet. Register a dispensing on the day or after."));
        }
        refuseIfRegistered(d);
        checkLateRegistration(d);
        RuleIssues issues = checkDispensing(d);
        appendIssues(issues, checkDispensingPeriod(d, *p));
        if (!hasErrors(issues)) appendIssues(issues, checkCoverage(d, *p));
        refuseOnErrors(issues);
        checkDoseAllowed(d, *p);
        appendIssues(issues, antabusFlag(d, *p));
        DispensingRepository(m_db).record(d, m_clock.now());
        m_log.appendInTransaction(actor, AccessKind::Create, p->client, QString(),
            accessDetail(
                d.isLate() ? AccessTopic::LateDispensing : AccessTopic::Dispensing, {d.id}));
        return SaveResult {d.id, issues};
    });
    Q_EMIT dispensingAdded(d.id, d.prescription);
    return result;
}

void DispensingService::refuseIfRegistered(const Dispensing &d) const
{
    if (!d.date.isValid()) return;
    const std::optional<DoseRecorded> other
        = DispensingRepository(m_db).registeredBy(d.prescription, d.date);
    if (!other) return;
    const QString who = other->staffName.isEmpty() ? tr("Another user") : other->staffName;
    const QString when = other->recordedAt.isValid()
        ? tr(" at %1").arg(other->recordedAt.toString(QStringLiteral("HH:mm")))
        : QString();
    refuse(QStringLiteral("date"),
        tr("%1 already registered this medicine for %2%3. It is not registered twice. If that "
           "registration is wrong, annul it on the client's Medication tab (with a reason) and "
           "register again.")
            .arg(who, shownDate(d.date), when));
}

} // namespace mestring::core
