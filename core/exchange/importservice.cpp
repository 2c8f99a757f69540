#include "importservice.h"

#include "core/domain/datasetchecker.h"
#include "core/exchange/exchangereader.h"
#include "core/exchange/importmerge.h"
#include "core/services/accessdetail.h"
#include "core/services/accesslog.h"
#include "core/services/permissions.h"
#include "core/storage/datasetstore.h"
#include "core/storage/medicationsettingsstore.h"
#include "core/storage/transaction.h"

namespace mestring::core {

namespace {

RuleIssues only(RuleIssues issues, RuleIssue::Severity severity)
{
    std::erase_if(issues, [severity](const RuleIssue &i) { return i.severity != severity; });
    return issues;
}

} // namespace

ImportService::ImportService(const Database &db, AccessLog &log)
    : m_db(db)
    , m_log(log)
{
}

ImportResult ImportService::importDocument(const Actor &actor, const QByteArray &json)
{
    // Restoring a centre's records is the manager's (domain.md section 1: backup/restore).
    requirePermission(actor, Permission::Backup);
    ImportResult result;
    ExchangeReadResult read = readExchange(json);
    if (!read.ok()) {
        result.errors = std::move(read.errors);
        return result;
    }

    // The write lock is taken before the stored records are read, so nothing can change them
    // between the check and the insert.
    Transaction transaction(m_db);
    exchange::ImportMerge merge(loadDataset(m_db), std::move(read.dataset));
    result.errors = merge.idConflicts();
    if (!result.errors.empty()) return result;
    RuleIssues issues
        = merge.toFileIssues(checkDataset(merge.united(), loadMedicationSettings(m_db)));
    result.errors = only(issues, RuleIssue::Severity::Error);
    if (!result.errors.empty()) return result;
    result.warnings = only(std::move(issues), RuleIssue::Severity::Warning);

    const Dataset incoming = merge.takeIncoming();
    insertDataset(m_db, incoming);
    for (const Client &client : incoming.clients) {
        m_log.appendInTransaction(actor, AccessKind::Import, client.id, QString(),
            accessDetail(AccessTopic::InterchangeImport));
    }
    transaction.commit();
    result.imported = incoming.recordCount();
    return result;
}

} // namespace mestring::core
