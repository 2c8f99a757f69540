#include "backupworker.h"

#include <memory>

#include <QDir>
#include <QThread>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/backupservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"

namespace mestring::ui {

namespace {

struct Outcome
{
    QString path;
    QString error;
};

Outcome takeBackup(const core::DatabaseLocation &database, const QString &connection,
    const core::Actor &actor, const QString &folder, int keep)
{
    Outcome outcome;
    try {
        core::Database db(connection);
        db.open(database, core::Database::OpenMode::MustExist);
        core::Clock clock;
        core::AccessLog log(db, clock);
        outcome.path = core::BackupService(db, log, clock).backup(actor, folder, keep).path;
    } catch (const core::ServiceError &e) {
        outcome.error = e.message();
    } catch (const core::StorageError &e) {
        outcome.error = e.message();
    } catch (const std::exception &e) {
        outcome.error = QString::fromUtf8(e.what());
    }
    return outcome;
}

} // namespace

BackupWorker::BackupWorker(QObject *parent)
    : QObject(parent)
{
}

BackupWorker::~BackupWorker()
{
    if (!m_thread) return;
    m_thread->wait();
    delete m_thread;
}

void BackupWorker::start(const core::DatabaseLocation &database, const core::Actor &actor,
    const QString &folder, int keep)
{
    if (isRunning()) return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    static int runs = 0;
    const QString connection
        = QStringLiteral("backup-worker-%1-%2").arg(quintptr(this), 0, 16).arg(++runs);
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([outcome, database, connection, actor, folder, keep] {
        *outcome = takeBackup(database, connection, actor, folder, keep);
    });
    // Reported once the thread has ended, so isRunning() is already false for the receivers
    // (the Backup panel enables its buttons from it).
    connect(m_thread, &QThread::finished, this, [this, outcome, folder] {
        if (outcome->error.isEmpty()) {
            Q_EMIT finished(outcome->path);
            return;
        }
        Q_EMIT failed(tr("The backup could not be taken: %1 Nothing in the database "
                         "was changed. Check that the folder %2 exists and that you may "
                         "write in it and that the disk is not full, then choose \"Take "
                         "backup now\" under Administration, or ask your manager.")
                          .arg(outcome->error, QDir::toNativeSeparators(folder)));
    });
    m_thread->setObjectName(QStringLiteral("backup-worker"));
    m_thread->start(QThread::LowPriority);
}

bool BackupWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackupWorker::wait()
{
    if (m_thread) m_thread->wait();
}

} // namespace mestring::ui
