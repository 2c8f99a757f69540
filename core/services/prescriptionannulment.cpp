#include "prescriptionservice.h"

#include <QCoreApplication>

#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/domain/rules/textlimits.h"
#include "core/storage/database.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"
#include "serviceerrors.h"
#include "servicesupport.h"

// Annulling a prescription entered in error, and confirming a dose (PrescriptionService).
namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

QString requireReason(const QString &reason, const QString &path, const char *message)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) refuse(path, tr(message));
    RuleIssues issues;
    checkTextLength(issues, path, trimmed, textlimit::reason);
    refuseOnErrors(issues);
    return trimmed;
}

// When the annulled prescription was (or would have been) in force and no other of its kind
// takes over, the client is left without that medicine from its start.
RuleIssues leftWithout(const Prescription &annulled, const std::vector<Prescription> &others,
    const QDate &today)
{
    const QDate from = std::max(annulled.start, today);
    if (annulled.end.isValid() && annulled.end < from) return {};
    for (const Prescription &p : others) {
        if (p.id != annulled.id && p.category == annulled.category && p.isActiveOn(from))
            return {};
    }
    return {workflowWarning(QStringLiteral("annulled"),
        tr("The client now has no prescription of this kind from %1. Write a new one if the "
           "treatment goes on.")
            .arg(shownDate(from)))};
}

} // namespace

SaveResult PrescriptionService::annul(
    const Actor &actor, const QString &prescriptionId, const QString &reason)
{
    requirePermission(actor, Permission::Prescribe);
    return m_after.run(m_db, [&] {
        const Prescription p = requirePrescription(prescriptionId);
        if (p.isAnnulled()) {
            refuse(QStringLiteral("annulled"),
                tr("The prescription was already annulled on %1.")
                    .arg(shownDate(p.annulled->at.date())));
        }
        // A dispensing recorded meanwhile at a station counts: the client's row is the lock.
        const std::vector<Prescription> clientPrescriptions = lockedForClient(p.client);
        const std::vector<Dispensing> given = DispensingRepository(m_db).forPrescription(p.id);
        if (!given.empty()) {
            refuse(QStringLiteral("annulled"),
                tr("A dispensing is registered on the prescription (%1), so it was not entered "
                   "in error: stop it instead, or annul that dispensing first if it is wrong too.")
                    .arg(shownDate(given.front().date)));
        }
        const QString why = requireReason(reason, QStringLiteral("reason"),
            QT_TRANSLATE_NOOP("mestring",
                "Write why the prescription is annulled (e.g. wrong dose typed), so it can be "
                "understood later."));
        const SignedReason annulment {
            why, actor.isSystem ? p.prescriber : actor.staffId, m_clock.now()};
        const RuleIssues warnings = leftWithout(p, clientPrescriptions, m_clock.today());
        PrescriptionRepository(m_db).annul(p.id, annulment);
        m_log.appendInTransaction(actor, AccessKind::Change, p.client, QString(),
            QStringLiteral("prescription ") + p.id + QStringLiteral(" annulled"));
        m_after.add(
            [this, id = p.id, client = p.client] { Q_EMIT prescriptionChanged(id, client); });
        return SaveResult {p.id, warnings};
    });
}

void PrescriptionService::confirmDose(
    const Actor &actor, const QString &prescriptionId, const QString &reason)
{
    requirePermission(actor, Permission::Prescribe);
    m_after.run(m_db, [&] {
        const Prescription p = requirePrescription(prescriptionId);
        const std::vector<Prescription> others = lockedForClient(p.client);
        if (!awaitsDoseConfirmation(p, others, settings())) {
            refuse(QStringLiteral("dose_confirmed"),
                tr("The dose needs no confirmation: it is confirmed already, annulled, or within "
                   "the centre's limits."));
        }
        const QString why = requireReason(reason, QStringLiteral("reason"),
            QT_TRANSLATE_NOOP("mestring",
                "Write why the dose is right (e.g. planned increase after the consultation)."));
        PrescriptionRepository(m_db).confirmDose(
            p.id, SignedReason {why, actor.isSystem ? p.prescriber : actor.staffId, m_clock.now()});
        m_log.appendInTransaction(actor, AccessKind::Change, p.client, QString(),
            QStringLiteral("prescription ") + p.id + QStringLiteral(" dose confirmed"));
        m_after.add(
            [this, id = p.id, client = p.client] { Q_EMIT prescriptionChanged(id, client); });
        return true; // AfterCommit::run() hands back what the work returns
    });
}

} // namespace mestring::core
