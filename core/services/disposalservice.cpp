#include "disposalservice.h"

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
    const QDate last = DisposalRepository(m_db).lastEntryDate(clientId);
    return last.isValid() ? last.addYears(retentionYears) : QDate();
}

qint64 DisposalService::dispose(const Actor &actor, const QString &clientId, const QDate &today)
{
    requirePermission(actor, Permission::DisposeRecords);
    requireClient(m_db, clientId);
    Transaction transaction(m_db);
    DisposalRepository records(m_db);
    // Read inside the write transaction: nothing can be added between the check and the delete.
    const QDate last = records.lastEntryDate(clientId);
    const QDate keptUntil = last.isValid() ? last.addYears(retentionYears) : QDate();
    if (keptUntil.isValid() && today <= keptUntil) {
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
