#pragma once

#include <QObject>
#include <QString>

#include "core/services/actor.h"
#include "core/storage/databaselocation.h"

class QThread;

namespace mestring::ui {

/// Takes a backup off the GUI thread: a thread of its own with its own connection to the
/// database (style.md: one connection per thread) and its own BackupService, so the window
/// stays usable while the backup is written and checked. Destroying the worker waits
/// for a backup under way (it is never left half done: BackupService writes a hidden partial
/// file and renames it only when it checked out).
class BackupWorker : public QObject
{
    Q_OBJECT

public:
    explicit BackupWorker(QObject *parent = nullptr);
    ~BackupWorker() override;

    /// Backs up the database at `database` into `folder`, keeping the newest `keep` backups.
    /// Ignored while a backup is under way.
    void start(const core::DatabaseLocation &database, const core::Actor &actor,
        const QString &folder, int keep);
    bool isRunning() const;
    /// Waits until the thread ended (tests).
    void wait();

Q_SIGNALS:
    void finished(const QString &backupPath);
    /// What went wrong and what to do, in the user's language.
    void failed(const QString &message);

private:
    QThread *m_thread = nullptr;
};

} // namespace mestring::ui
