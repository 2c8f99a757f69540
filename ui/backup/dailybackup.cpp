#include "dailybackup.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include "backupworker.h"
#include "core/services/backupservice.h"

namespace mestring::ui {

DailyBackup::DailyBackup(QString databasePath, QString folder, int keep, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_folder(std::move(folder))
    , m_keep(keep)
    , m_worker(new BackupWorker(this))
{
    connect(m_worker, &BackupWorker::finished, this, [this](const QString &path) {
        Q_EMIT statusMessage(
            tr("Today's backup was taken: %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_worker, &BackupWorker::failed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Today's automatic backup failed."));
        Q_EMIT failed(message);
    });
}

bool DailyBackup::startIfDue(const QDate &today)
{
    if (m_databasePath.isEmpty() || !QFileInfo(m_databasePath).isFile()) return false;
    if (!core::BackupService::backupDueToday(m_folder, today)) return false;
    Q_EMIT statusMessage(tr("Taking today's backup in the background..."));
    m_worker->start(
        core::DatabaseLocation::file(m_databasePath), core::Actor::system(), m_folder, m_keep);
    return true;
}

void DailyBackup::showMessagesIn(QMainWindow *window)
{
    connect(this, &DailyBackup::statusMessage, window,
        [window](const QString &text) { window->statusBar()->showMessage(text, 30000); });
    connect(this, &DailyBackup::failed, window, [window](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Automatic backup"),
            tr("Today's automatic backup failed. You can go on working.") + QLatin1String("\n\n")
                + message,
            QMessageBox::Ok, window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    });
}

} // namespace mestring::ui
