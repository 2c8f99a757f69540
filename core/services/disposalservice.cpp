#include "disposalservice.h"

#include <algorithm>
#include <tuple>

#include <QCoreApplication>

#include "accesslog.h"
#include "core/storage/database.h"
#include "core/storage/disposalrepository.h"
#include "core/storage/transaction.h"
#include "permissions.h"
#include "servicesupport.h"

namespace mestring::core {

DisposalService::DisposalService(const Database &db, AccessLog &log)
    : m_db(db)
    , m_log(log)
{
}

QDate DisposalService::keptUntil(const Actor &actor, const QString &clientId) const
{
    requirePermission(actor, Permission::DisposeRecords);
    requireClient(m_db, clientId);
    return keptUntilAfter(DisposalRepository(m_db).lastEntryDate(clientId));
}

DisposalCheck DisposalService::check(
    const Actor &actor, const QString &clientId, const QDate &today) const
{
    requirePermission(actor, Permission::DisposeRecords);
    requireClient(m_db, clientId);
    const DisposalRepository records(m_db);
    DisposalCheck result;
    result.lastEntry = records.lastEntryDate(clientId);
    result.keptUntil = keptUntilAfter(result.lastEntry);
    result.records = records.recordCount(clientId);
    result.allowed = retentionEnded(result.lastEntry, today);
    return result;
}

QList<DisposalCandidate> DisposalService::candidates(const Actor &actor, const QDate &today) const
{
    requirePermission(actor, Permission::DisposeRecords);
    QList<DisposalCandidate> result = DisposalRepository(m_db).lastEntries();
    result.removeIf([&](const DisposalCandidate &c) { return !retentionEnded(c.lastEntry, today); });
    // An invalid date sorts first: nothing dated means nothing to keep.
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return std::tie(a.lastEntry, a.name, a.clientId) < std::tie(b.lastEntry, b.name, b.clientId);
    });
    QStringList shown;
    shown.reserve(result.size());
    for (const DisposalCandidate &c : result)
        shown << c.clientId;
    m_log.recordReads(actor, shown, QStringLiteral("disposal candidates"));
    return result;
}

QList<Disposal> DisposalService::disposals(const Actor &actor) const
{
    requirePermission(actor, Permission::DisposeRecords);
    return DisposalRepository(m_db).disposals();
}

qint64 DisposalService::dispose(const Actor &actor, const QString &clientId, const QDate &today)
{
    requirePermission(actor, Permission::DisposeRecords);
    requireClient(m_db, clientId);
    Transaction transaction(m_db);
    DisposalRepository records(m_db);
    // Read inside the write transaction: nothing can be added between the check and the delete.
    const QDate last = records.lastEntryDate(clientId);
    const QDate keptUntil = keptUntilAfter(last);
    if (!retentionEnded(last, today)) {
        refuse(QStringLiteral("client"),
            QCoreApplication::translate("mestring",
                "The client's records must be kept until %1 (10 years "
                "after the last entry, %2). They cannot be disposed "
                "of before then.")
                .arg(shownDate(keptUntil), shownDate(last)));
    }
    const qint64 count = records.recordCount(clientId);
    records.insertDisposal(clientId, QDateTime::currentDateTime(), actor.staffId, last, count);
    records.deleteClientRecords(clientId);
    m_log.appendInTransaction(actor, AccessKind::Dispose, clientId, QString(),
        QStringLiteral("records disposed of: %1; last entry %2")
            .arg(count)
            .arg(last.isValid() ? last.toString(Qt::ISODate) : QStringLiteral("none")));
    transaction.commit();
    return count;
}

} // namespace mestring::core
