#include "dispensingservice.h"

#include <algorithm>

#include <QSet>

#include "accesslog.h"
#include "core/domain/caseload.h"
#include "core/domain/medication/doseplausibility.h"
#include "core/storage/caseloadqueries.h"
#include "core/storage/clientrepository.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/medicationsettingsstore.h"
#include "core/storage/prescriptionrepository.h"
#include "dispensinglistbuilder.h"
#include "permissions.h"

// The doctor's worklist (DispensingService::worklist): what only a doctor can resolve today.
namespace mestring::core {

namespace {

class WorklistBuilder
{
public:
    WorklistBuilder(const Database &db, const QDate &today)
        : m_db(db)
        , m_today(today)
    {
    }

    std::vector<WorklistItem> build()
    {
        addBlocked();
        addUnconfirmedDoses();
        addOverdueReviews();
        std::stable_sort(m_items.begin(), m_items.end(),
            [](const WorklistItem &a, const WorklistItem &b) {
                if (a.kind != b.kind) return a.kind < b.kind;
                return QString::localeAwareCompare(a.clientName, b.clientName) < 0;
            });
        return std::move(m_items);
    }

private:
    WorklistItem itemFor(WorklistKind kind, const QString &clientId)
    {
        WorklistItem item;
        item.kind = kind;
        item.clientId = clientId;
        auto it = m_clients.find(clientId);
        if (it == m_clients.end())
            it = m_clients.insert(clientId, ClientRepository(m_db).byId(clientId).value_or(Client()));
        item.clientName = it->displayName();
        item.birthDate = it->birthDate;
        return item;
    }

    // Blocked today, with the late registrations inside the blocking run a doctor may confirm.
    void addBlocked()
    {
        QSet<QString> seen;
        for (const DispensingListRow &row : DispensingListBuilder(m_db).build(m_today, m_today)) {
            if (!row.block.blocked || seen.contains(row.clientId)) continue;
            seen.insert(row.clientId);
            WorklistItem item = itemFor(WorklistKind::Blocked, row.clientId);
            item.date = row.block.run.last();
            item.prescriptionId = row.prescription.id;
            item.drug = row.prescription.drug;
            item.doseMg = row.prescription.doseMg;
            item.missedDoses = row.block.run.count();
            m_items.push_back(item);
            addLateRegistrations(row);
        }
    }

    void addLateRegistrations(const DispensingListRow &row)
    {
        const MissedDoseRun &run = row.block.run;
        for (const Dispensing &d :
            DispensingRepository(m_db).countingForClient(row.clientId, run.first())) {
            if (!d.awaitsConfirmation() || d.date > run.last()) continue;
            WorklistItem item = itemFor(WorklistKind::LateToConfirm, row.clientId);
            item.date = d.date;
            item.dispensingId = d.id;
            item.prescriptionId = d.prescription;
            item.drug = row.prescription.drug;
            item.doseMg = d.doseMg;
            m_items.push_back(item);
        }
    }

    void addUnconfirmedDoses()
    {
        const MedicationSettings settings = loadMedicationSettings(m_db);
        PrescriptionRepository repository(m_db);
        QHash<QString, std::vector<Prescription>> byClient;
        for (const Prescription &p : repository.unconfirmedFrom(m_today)) {
            auto it = byClient.find(p.client);
            if (it == byClient.end()) it = byClient.insert(p.client, repository.forClient(p.client));
            const DosePlausibility plausibility
                = dosePlausibility(p, previousPrescription(p, *it), settings);
            if (!plausibility.needsConfirmation()) continue;
            WorklistItem item = itemFor(WorklistKind::DoseAwaitingConfirmation, p.client);
            item.date = p.start;
            item.prescriptionId = p.id;
            item.drug = p.drug;
            item.doseMg = p.doseMg;
            item.limitMg = plausibility.limitMg;
            item.previousMg = plausibility.previousMg;
            m_items.push_back(item);
        }
    }

    void addOverdueReviews()
    {
        const QHash<QString, QDate> reviews = CaseloadQueries(m_db).medicalReviews(m_today);
        for (auto it = reviews.cbegin(); it != reviews.cend(); ++it) {
            if (it.value().isValid() && it.value().addDays(medicalReviewDays) >= m_today) continue;
            WorklistItem item = itemFor(WorklistKind::ReviewOverdue, it.key());
            item.date = it.value();
            m_items.push_back(item);
        }
    }

    const Database &m_db;
    const QDate m_today;
    QHash<QString, Client> m_clients;
    std::vector<WorklistItem> m_items;
};

} // namespace

std::vector<WorklistItem> DispensingService::worklist(const Actor &actor)
{
    requirePermission(actor, Permission::ReadMedication);
    std::vector<WorklistItem> items = WorklistBuilder(m_db, today()).build();
    QStringList clients;
    for (const WorklistItem &item : items)
        clients << item.clientId;
    clients.removeDuplicates();
    m_log.recordReads(actor, clients, QStringLiteral("doctor's worklist"));
    return items;
}

} // namespace mestring::core
