#include "dispensingservice.h"

#include <algorithm>

#include <QCoreApplication>

#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/domain/rules/textlimits.h"
#include "core/storage/absencerepository.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/closeddayrepository.h"
#include "core/storage/correctionrepository.h"
#include "core/storage/database.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

// The corrections of dispensings and a client's medication record (DispensingService).
namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

QString requireReason(const QString &reason, const char *message)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) refuse(QStringLiteral("reason"), tr(message));
    RuleIssues issues;
    checkTextLength(issues, QStringLiteral("reason"), trimmed, textlimit::reason);
    refuseOnErrors(issues);
    return trimmed;
}

} // namespace

SaveResult DispensingService::annul(
    const Actor &actor, const QString &dispensingId, const QString &reason)
{
    requirePermission(actor, Permission::Dispense);
    const Dispensing d = requireDispensing(dispensingId);
    if (const std::optional<Correction> done = CorrectionRepository(m_db).forDispensing(d.id)) {
        refuse(QStringLiteral("reason"),
            tr("The dispensing was already annulled on %1. Nothing more to do.")
                .arg(shownDate(done->at.date())));
    }
    if (!mayDo(actor, Permission::Prescribe)) {
        // Registrations from before the registration time was kept were made on their day.
        QDate recorded = DispensingRepository(m_db).recordedOn(d.id);
        if (recorded.isNull()) recorded = d.date;
        if (actor.staffId != d.staff || recorded != today()) {
            throw PermissionDenied(
                tr("Only the staff member who registered the dispensing, on the day it was "
                   "registered, or a doctor may annul it. Ask a doctor."));
        }
    }
    const QString why = requireReason(reason,
        QT_TRANSLATE_NOOP("mestring",
            "Write why the dispensing is annulled (e.g. registered on the wrong client), so the "
        "correction can be understood later."));
    const Prescription p = requirePrescription(d.prescription);
    const Correction correction {newId(), d.id, why, actor.isSystem ? QString() : actor.staffId,
        m_clock.now()};

    Transaction transaction(m_db);
    CorrectionRepository(m_db).insert(correction);
    m_log.appendInTransaction(actor, AccessKind::Change, p.client, QString(),
        QStringLiteral("dispensing ") + d.id + QStringLiteral(" annulled by correction ")
            + correction.id);
    transaction.commit();
    Q_EMIT dispensingChanged(d.id, d.prescription);
    return {correction.id, {}};
}

void DispensingService::confirmLate(
    const Actor &actor, const QString &dispensingId, const QString &note)
{
    requirePermission(actor, Permission::Prescribe);
    const Dispensing d = requireDispensing(dispensingId);
    if (!d.awaitsConfirmation() || CorrectionRepository(m_db).forDispensing(d.id)) {
        refuse(QStringLiteral("late_confirmed"),
            tr("There is no late registration to confirm here: it is confirmed already, "
               "annulled, or was registered on its day."));
    }
    RuleIssues issues;
    checkTextLength(issues, QStringLiteral("reason"), note.trimmed(), textlimit::reason);
    refuseOnErrors(issues);
    const Prescription p = requirePrescription(d.prescription);
    Transaction transaction(m_db);
    DispensingRepository(m_db).confirmLate(
        d.id, SignedReason {note.trimmed(), actor.isSystem ? QString() : actor.staffId, m_clock.now()});
    m_log.appendInTransaction(actor, AccessKind::Change, p.client, QString(),
        QStringLiteral("late dispensing ") + d.id + QStringLiteral(" confirmed"));
    transaction.commit();
    Q_EMIT dispensingChanged(d.id, d.prescription);
}

MedicationRecord DispensingService::clientRecord(const Actor &actor, const QString &clientId)
{
    requirePermission(actor, Permission::ReadMedication);
    requireClient(m_db, clientId);
    m_log.record(actor, AccessKind::Read, clientId, QStringLiteral("medication"));
    MedicationRecord record;
    record.today = today();
    record.prescriptions = PrescriptionRepository(m_db).forClient(clientId);
    DispensingRepository dispensings(m_db);
    CorrectionRepository corrections(m_db);
    std::vector<Dispensing> counting;
    for (const Prescription &p : record.prescriptions) {
        QHash<QString, Correction> annulled;
        for (Correction &c : corrections.forPrescription(p.id))
            annulled.insert(c.annuls, std::move(c));
        for (Dispensing &d : dispensings.allForPrescription(p.id)) {
            const auto it = annulled.constFind(d.id);
            if (it == annulled.cend()) counting.push_back(d);
            record.dispensings.push_back({std::move(d), p.drug,
                it == annulled.cend() ? std::nullopt : std::optional<Correction>(*it)});
        }
    }
    std::stable_sort(record.dispensings.begin(), record.dispensings.end(),
        [](const DispensingEntry &a, const DispensingEntry &b) {
            return a.dispensing.date < b.dispensing.date;
        });

    const std::vector<Absence> absences = AbsenceRepository(m_db).forClient(clientId);
    const ClosedDayCalendar closedDays(ClosedDayRepository(m_db).all());
    const std::vector<const Dispensing *> pointers = pointersTo(counting);
    const ClientDoses doses(record.prescriptions, pointers, absences, closedDays);
    for (const Prescription &p : record.prescriptions) {
        const QDate last = p.end.isValid() ? std::min(p.end, record.today) : record.today;
        for (const DoseDay &day : doses.days(p, p.start, last, record.today)) {
            DoseDayEntry entry {day.date, p.id, p.doseMg, day.scheduled, day.state,
                std::nullopt, day.closedDays};
            if (day.dispensing) entry.dispensing = *day.dispensing;
            record.doseDays.push_back(std::move(entry));
        }
    }
    std::stable_sort(record.doseDays.begin(), record.doseDays.end(),
        [](const DoseDayEntry &a, const DoseDayEntry &b) { return a.date < b.date; });
    const std::vector<Appointment> appointments
        = AppointmentRepository(m_db).forClient(clientId, beginningOfRecords());
    const bool substitutionToday = std::any_of(record.prescriptions.begin(),
        record.prescriptions.end(), [&record](const Prescription &p) {
            return p.category == DrugCategory::Substitution && p.isActiveOn(record.today)
                && p.mode != DispensingMode::Pharmacy;
        });
    if (substitutionToday) {
        record.block = substitutionBlockOn(record.today, record.prescriptions, pointers,
            absences, closedDays, DoseReassessments(record.prescriptions, appointments),
            record.today);
    }
    return record;
}

} // namespace mestring::core
