#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mestring::core {

/// How long a client's records must be kept: 10 years after the last entry of any kind
/// (journalføringsbekendtgørelsen). Nothing of the client may be disposed of (kasseres) before.
inline constexpr int recordRetentionYears = 10;

/// The last day the records must be kept; invalid when nothing about the client is dated.
inline QDate keptUntilAfter(const QDate &lastEntry)
{
    return lastEntry.isValid() ? lastEntry.addYears(recordRetentionYears) : QDate();
}

/// Whether the retention period has run out on `today`. Never when nothing about the client is
/// dated: then nothing shows that ten years have passed.
inline bool retentionEnded(const QDate &lastEntry, const QDate &today)
{
    return lastEntry.isValid() && today > keptUntilAfter(lastEntry);
}

/// A client whose records may be disposed of, as a manager sees it before deciding.
struct DisposalCandidate
{
    QString clientId;
    QString name;
    QString cpr;
    QDate lastEntry;
};

/// What disposing of one client would mean on a given day.
struct DisposalCheck
{
    QDate lastEntry;
    QDate keptUntil; ///< invalid when nothing is dated
    qint64 records = 0;
    bool allowed = false;
    QString refusal; ///< why not, in the user's language, when not allowed
};

/// A disposal already done: what is left of it is who, when and how much, never the content.
struct Disposal
{
    QString clientId;
    QDateTime disposedAt;
    QString actorName;
    QDate lastEntry;
    qint64 records = 0;
};

} // namespace mestring::core
