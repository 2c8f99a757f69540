#include "accesslogservice.h"

#include <limits>
#include <stdexcept>

#include <QCoreApplication>
#include <QHash>

#include "accessdetail.h"
#include "core/storage/clientrepository.h"
#include "core/storage/database.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/staffrepository.h"
#include "core/storage/transaction.h"
#include "permissions.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

const QString retentionKey = QStringLiteral("access_log_retention_months");

} // namespace

AccessLogService::AccessLogService(const Database &db, AccessLog &log)
    : m_db(db)
    , m_log(log)
{
}

std::vector<AccessLogLine> AccessLogService::lines(const std::vector<AccessLogEntry> &entries) const
{
    QHash<QString, QString> names;
    for (const StaffMember &member : StaffRepository(m_db).all())
        names.insert(member.id, member.name);
    // The clients' names come with the log the manager may read (the search is logged once),
    // not through ClientService: that would log a read of every client the result names.
    ClientRepository clients(m_db);
    QHash<QString, QString> clientNames;
    std::vector<AccessLogLine> result;
    result.reserve(entries.size());
    for (const AccessLogEntry &e : entries) {
        AccessLogLine line {e, names.value(e.actor, e.actor), accessKindTitle(e.action), {}, {}};
        if (!e.client.isEmpty()) {
            auto it = clientNames.constFind(e.client);
            if (it == clientNames.cend()) {
                const std::optional<Client> client = clients.byId(e.client);
                it = clientNames.insert(e.client, client ? client->displayName() : QString());
            }
            line.clientName = *it;
        }
        if (const std::optional<ParsedAccessDetail> parsed = parseAccessDetail(e.detail)) {
            if (const QString staff = staffReferenceOf(*parsed); !staff.isEmpty())
                line.detailStaffName = names.value(staff);
        }
        result.push_back(std::move(line));
    }
    return result;
}

std::vector<AccessLogLine> AccessLogService::search(const Actor &actor, const AccessLogQuery &query)
{
    requirePermission(actor, Permission::ReadAccessLog);
    std::vector<AccessLogEntry> entries = m_log.find(query);
    m_log.record(actor, AccessKind::Read, query.client,
        accessDetail(AccessTopic::AccessLogSearch,
            {query.actor, query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)}));
    return lines(entries);
}

std::vector<AccessLogLine> AccessLogService::seenBy(const Actor &actor, const QString &clientId)
{
    requirePermission(actor, Permission::ReadAccessLog);
    requireClient(m_db, clientId);
    AccessLogQuery query;
    query.client = clientId;
    query.limit = std::numeric_limits<int>::max();
    std::vector<AccessLogEntry> entries = m_log.find(query);
    m_log.record(actor, AccessKind::Read, clientId, accessDetail(AccessTopic::SeenBy));
    return lines(entries);
}

void AccessLogService::recordOutput(const Actor &actor, AccessTopic how, AccessDocument document,
    const QStringList &clientIds, const QString &format)
{
    const bool spreadsheet = how == AccessTopic::Spreadsheet;
    if (!spreadsheet && how != AccessTopic::Printed && how != AccessTopic::PrintedPdf)
        throw std::invalid_argument("recordOutput: a print, a PDF or a spreadsheet");
    const QString detail = spreadsheet ? accessDetail(how, {accessDocumentCode(document), format})
                                       : accessDetail(how, {accessDocumentCode(document)});
    const AccessKind kind = spreadsheet ? AccessKind::Export : AccessKind::Print;
    if (clientIds.isEmpty())
        m_log.record(actor, kind, QString(), detail);
    else
        m_log.recordForClients(actor, kind, clientIds, detail);
}

int AccessLogService::retentionMonths() const
{
    bool ok = false;
    const int months = SettingsRepository(m_db).value(retentionKey).toInt(&ok);
    return ok && months > 0 ? months : defaultRetentionMonths;
}

void AccessLogService::setRetentionMonths(const Actor &actor, int months)
{
    requirePermission(actor, Permission::ReadAccessLog);
    if (months < 1 || months > maxRetentionMonths) {
        refuse(QStringLiteral("retention_months"),
            QCoreApplication::translate("mestring",
                "The access log is kept from 1 month up to "
                "5 years (60 months). Choose a period in "
                "that range."));
    }
    Transaction transaction(m_db);
    SettingsRepository(m_db).setValue(retentionKey, QString::number(months));
    m_log.appendInTransaction(actor, AccessKind::Change, QString(), QString(),
        accessDetail(AccessTopic::AccessLogRetention, {QString::number(months)}));
    transaction.commit();
}

QDate AccessLogService::retentionCutoff(const QDate &today) const
{
    return today.addMonths(-retentionMonths());
}

qint64 AccessLogService::purgeExpired(const Actor &actor, const QDate &today)
{
    requirePermission(actor, Permission::ReadAccessLog);
    return m_log.purgeBefore(actor, retentionCutoff(today));
}

} // namespace mestring::core
