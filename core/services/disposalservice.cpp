#include "disposalservice.h"

#include <algorithm>
#include <tuple>

#include <QCoreApplication>

#include "accessdetail.h"
#include "core/domain/clock.h"
#include "accesslog.h"
#include "core/storage/database.h"
#include "core/storage/disposalrepository.h"
#include "core/storage/transaction.h"
#include "permissions.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

// Why the records cannot be disposed of on `today`; empty when they can.
QString refusalOn(const QDate &lastEntry, const QDate &today)
{
    if (retentionEnded(lastEntry, today)) return {};
    if (!lastEntry.isValid()) {
        return QCoreApplication::translate("mestring",
            "Nothing about the client is dated, so nothing shows that the retention period "
            "has run out. The records cannot be disposed of.");
    }
    return QCoreApplication::translate("mestring",
        "The client's records must be kept until %1 (%2 years after the last entry, %3). "
        "They cannot be disposed of before then.")
        .arg(shownDate(keptUntilAfter(lastEntry)))
        .arg(recordRetentionYears)
        .arg(shownDate(lastEntry));
}

// Records still running (an open course, prescription ...) count as entries of the wall
// clock's today in the centre, whatever day a decision is asked about (the CLI's look-ahead, a
// test's clock set years ahead). Never the database's own clock: SQLite's is UTC's.

} // namespace

DisposalService::DisposalService(const Database &db, AccessLog &log, const Clock &clock)
    : m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}


QDate DisposalService::keptUntil(const Actor &actor, const QString &clientId) const
{
    requirePermission(actor, Permission::DisposeRecords);
    requireClient(m_db, clientId);
    return keptUntilAfter(DisposalRepository(m_db).lastEntryDate(clientId, m_clock.today()));
}

DisposalCheck DisposalService::check(
    const Actor &actor, const QString &clientId, const QDate &today) const
{
    requirePermission(actor, Permission::DisposeRecords);
    requireClient(m_db, clientId);
    const DisposalRepository records(m_db);
    DisposalCheck result;
    result.lastEntry = records.lastEntryDate(clientId, m_clock.today());
    result.keptUntil = keptUntilAfter(result.lastEntry);
    result.records = records.recordCount(clientId);
    result.refusal = refusalOn(result.lastEntry, today);
    result.allowed = result.refusal.isEmpty();
    return result;
}

QList<DisposalCandidate> DisposalService::candidates(const Actor &actor, const QDate &today) const
{
    requirePermission(actor, Permission::DisposeRecords);
    QList<DisposalCandidate> result = DisposalRepository(m_db).lastEntries(m_clock.today());
    result.removeIf(
        [&](const DisposalCandidate &c) { return !retentionEnded(c.lastEntry, today); });
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return std::tie(a.lastEntry, a.name, a.clientId)
            < std::tie(b.lastEntry, b.name, b.clientId);
    });
    QStringList shown;
    shown.reserve(result.size());
    for (const DisposalCandidate &c : result)
        shown << c.clientId;
    m_log.recordReads(actor, shown, accessDetail(AccessTopic::DisposalCandidates));
    return result;
}

QList<Disposal> DisposalService::disposals(const Actor &actor) const
{
    requirePermission(actor, Permission::DisposeRecords);
    return DisposalRepository(m_db).disposals();
}

qint64 DisposalService::dispose(const Actor &actor, const QString &clientId)
{
    requirePermission(actor, Permission::DisposeRecords);
    // Everything inside the write transaction: nothing can be added, and no one else can
    // dispose of the client, between the check and the delete.
    Transaction transaction(m_db);
    requireClient(m_db, clientId);
    DisposalRepository records(m_db);
    const QDate last = records.lastEntryDate(clientId, m_clock.today());
    const QString refusal = refusalOn(last, m_clock.today());
    if (!refusal.isEmpty()) refuse(QStringLiteral("client"), refusal);
    const qint64 count = records.recordCount(clientId);
    records.insertDisposal(clientId, m_clock.now(), actor.staffId, last, count);
    records.deleteClientRecords(clientId);
    m_log.appendInTransaction(actor, AccessKind::Dispose, clientId, QString(),
        accessDetail(AccessTopic::Disposal, {QString::number(count), last.toString(Qt::ISODate)}));
    transaction.commit();
    return count;
}

} // namespace mestring::core
