#include "exportservice.h"

#include "core/exchange/exchangewriter.h"
#include "core/services/accessdetail.h"
#include "core/services/accesslog.h"
#include "core/services/permissions.h"
#include "core/storage/datasetstore.h"
#include "core/storage/transaction.h"

namespace mestring::core {

ExportService::ExportService(const Database &db, AccessLog &log)
    : m_db(db)
    , m_log(log)
{
}

QByteArray ExportService::exportDocument(const Actor &actor)
{
    requirePermission(actor, Permission::Backup);
    // Every table is read from the same state of the database, in a read transaction: an
    // export of a large file takes seconds, and other programs must go on saving meanwhile.
    Dataset dataset;
    {
        const ReadSnapshot snapshot(m_db);
        dataset = loadDataset(m_db);
    }
    QByteArray document = writeExchange(dataset);
    // The log entries are committed before the bytes are handed out: an export that is not in
    // the log never leaves the program.
    Transaction transaction(m_db);
    for (const Client &client : dataset.clients) {
        m_log.appendInTransaction(actor, AccessKind::Export, client.id, QString(),
            accessDetail(AccessTopic::InterchangeExport));
    }
    transaction.commit();
    return document;
}

} // namespace mestring::core
