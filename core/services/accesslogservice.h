#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QString>

#include "accesslog.h"
#include "actor.h"

namespace mestring::core {

class Database;

/// One access-log entry as a manager or a client reads it: with the staff member's name.
struct AccessLogLine
{
    AccessLogEntry entry;
    QString actorName; // the staff member's name; the id when not a staff member ("system")
    QString kindTitle; // "Læst", "Ændret", ... (translated)
};

/// The access log for managers (ReadAccessLog): search by user, client and dates, a client's
/// "who has seen my data" list, the retention period and the purge of expired entries.
/// Looking at the log is itself logged.
class AccessLogService
{
public:
    static constexpr int defaultRetentionMonths = 6;
    static constexpr int maxRetentionMonths = 60; // 5 years (domain.md)

    AccessLogService(const Database &db, AccessLog &log);

    /// Entries matching every field given (empty fields match all), newest first.
    std::vector<AccessLogLine> search(const Actor &actor, const AccessLogQuery &query);
    /// "Hvem har set mine data": every use of the client's data still in the log, newest first.
    std::vector<AccessLogLine> seenBy(const Actor &actor, const QString &clientId);

    int retentionMonths() const;
    /// 1 to 60 months; more is refused (RuleViolation).
    void setRetentionMonths(const Actor &actor, int months);
    /// The first day still kept on `today`.
    QDate retentionCutoff(const QDate &today) const;
    /// Removes the entries older than the retention period, keeping the chain verifiable.
    qint64 purgeExpired(const Actor &actor, const QDate &today);

private:
    std::vector<AccessLogLine> lines(const std::vector<AccessLogEntry> &entries) const;

    const Database &m_db;
    AccessLog &m_log;
};

} // namespace mestring::core
