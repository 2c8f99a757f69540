#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QString>

#include "accessdetail.h"
#include "accesslog.h"
#include "actor.h"

namespace mestring::core {

class Database;

/// One access-log entry as a manager or a client reads it: with names instead of ids.
struct AccessLogLine
{
    AccessLogEntry entry;
    QString actorName; // the staff member's name; the id when not a staff member ("system")
    QString kindTitle; // "Læst", "Ændret", ... (translated)
    QString clientName; // empty without a client, or when the client has been disposed of
    /// The name of the staff member the detail is about (a colleague's calendar, a password
    /// set), empty when it is about none (core/services/accessdetail.h).
    QString detailStaffName;
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

    /// Records that `document` left the program: printed on paper (AccessTopic::Printed), saved
    /// as PDF (PrintedPdf), both kind Print, or exported as a spreadsheet (Spreadsheet with
    /// `format` "csv" or "xlsx", kind Export). One entry per client whose data it holds; a
    /// document without any (the effect report's figures) gets one entry without a client.
    /// Anyone who could make the document may record it (no manager's permission needed).
    void recordOutput(const Actor &actor, AccessTopic how, AccessDocument document,
        const QStringList &clientIds, const QString &format = {});

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
