#include "sharedhistory.h"

#include <limits>

#include <QFileInfo>
#include <QSqlQuery>

#include "core/storage/database.h"
#include "support/testdatabase.h"

using namespace mestring::core;

namespace mestring::test {

QSet<QString> SharedHistory::writeIdsIn(const QString &path)
{
    Database db(TestDatabase::uniqueConnectionName());
    db.open(path, Database::OpenMode::MustExist);
    QSet<QString> ids;
    QSqlQuery q(db.connection());
    for (const char *table : {"courses", "dispensings", "notes"}) {
        q.exec(QStringLiteral("SELECT id FROM ") + QLatin1StringView(table));
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

QSet<QString> SharedHistory::backupIds(const QString &file) const
{
    auto found = m_backupIds.find(file);
    if (found == m_backupIds.end()) found = m_backupIds.emplace(file, writeIdsIn(file)).first;
    return found->second;
}

QSet<QString> SharedHistory::expected(const RestoreEvent *restore, qint64 beforeNs) const
{
    QSet<QString> ids = restore ? backupIds(restore->backup) : QSet<QString>();
    for (const ReportedWrite &w : writes) {
        if ((!restore || w.lockedNs > restore->lockedNs) && w.doneNs < beforeNs) ids.insert(w.id);
    }
    return ids;
}

QStringList SharedHistory::checkFinal(const QSet<QString> &ids) const
{
    QStringList problems;
    const RestoreEvent *last = restores.empty() ? nullptr : &restores.back();
    const QSet<QString> must = expected(last, std::numeric_limits<qint64>::max());
    for (const ReportedWrite &w : writes) {
        if (must.contains(w.id) && !ids.contains(w.id))
            problems << QStringLiteral("%1 %2 reported as saved is missing").arg(w.kind, w.id);
        // Committed before the last restore began, and not in its backup: the restore must have
        // rolled it back.
        if (last && w.lockedNs < last->lockedNs && !must.contains(w.id) && ids.contains(w.id)) {
            problems << QStringLiteral(
                "%1 %2 is still there after the restore of %3 rolled it back")
                            .arg(w.kind, w.id, QFileInfo(last->backup).fileName());
        }
    }
    return problems;
}

QStringList SharedHistory::checkBackups() const
{
    QStringList problems;
    for (const BackupEvent &b : backups) {
        const QSet<QString> held = backupIds(b.file);
        // The states the file may have been in when the backup read it: after the restore before
        // it started, or after one that locked the file while it ran; none when there was none.
        std::vector<const RestoreEvent *> candidates {nullptr};
        for (const RestoreEvent &r : restores) {
            if (r.lockedNs < b.endNs) candidates.push_back(&r);
        }
        bool matches = false;
        for (const RestoreEvent *r : candidates)
            matches = matches || held.contains(expected(r, b.startNs));
        if (!matches) {
            problems << QStringLiteral("the backup %1 lacks writes saved before it was started")
                            .arg(QFileInfo(b.file).fileName());
        }
    }
    return problems;
}

} // namespace mestring::test
