#pragma once

#include <map>
#include <vector>

#include <QSet>
#include <QString>
#include <QStringList>

#include "writersetup.h"

namespace mestring::test {

/// A restore that completed: the backup written into the database, and a moment at which it
/// held the database's write lock (steady clock, ns).
struct RestoreEvent
{
    QString backup;
    qint64 lockedNs = 0;
};

/// A backup file and the moments its process started and ended (or was killed).
struct BackupEvent
{
    QString file;
    qint64 startNs = 0;
    qint64 endNs = 0;
};

/// What happened to one database file while several processes used it, and what it must
/// therefore hold. "There" across a restore, precisely:
///
/// * A write W and a restore R both hold SQLite's write lock while they change the file, and the
///   lock is held by one at a time, so W's moment under the lock (lockedNs) is before R's exactly
///   when W committed before R began writing.
/// * After R, the file holds exactly the writes in R's backup, plus every reported write whose
///   lockedNs is after R's (until the next restore). Writes before R that are not in its backup
///   were rolled back by it: they must be gone.
/// * A backup B holds a state of the file between its process's start and end: every write whose
///   commit returned (doneNs) before B started, on top of the state after the restore before it
///   (or, when a restore locked the file while B ran, of the state after that restore).
class SharedHistory
{
public:
    std::vector<ReportedWrite> writes;
    std::vector<RestoreEvent> restores; // in the order they locked the file
    std::vector<BackupEvent> backups;

    /// Problems with the final file (`ids`: every course, dispensing and note id in it).
    QStringList checkFinal(const QSet<QString> &ids) const;
    /// Problems with each backup file.
    QStringList checkBackups() const;

    /// The write ids (courses, dispensings, notes) in a database file.
    static QSet<QString> writeIdsIn(const QString &path);

private:
    QSet<QString> backupIds(const QString &file) const;
    /// Write ids the file must hold once `restore` (null: none) is followed by every write
    /// locked after it and done before `beforeNs`.
    QSet<QString> expected(const RestoreEvent *restore, qint64 beforeNs) const;

    mutable std::map<QString, QSet<QString>> m_backupIds;
};

} // namespace mestring::test
