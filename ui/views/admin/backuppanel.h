#pragma once

#include <functional>

#include <QWidget>

#include "core/services/actor.h"
#include "core/storage/databaselocation.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace mestring::ui {

class BackupWorker;

/// Administration > Backup (managers: Permission::Backup): the backup folder, "Take backup
/// now" (off the GUI thread, as the daily backup) and the restore from a chosen backup.
///
/// A restore replaces the database this program has open, so it is not done while the window
/// is open: after a clear confirmation it is recorded for the next start (BackupSettings), the
/// program closes, and the next start restores before anything opens the database
/// (runPendingRestore). See docs/decisions.md. A server's backups are pg_dump files.
class BackupPanel : public QWidget
{
    Q_OBJECT

public:
    BackupPanel(core::DatabaseLocation database, core::Actor actor, QWidget *parent = nullptr);

    /// Reads the folder's backups again.
    void refresh();
    void takeBackupNow();
    /// Asks to restore the chosen backup; true when the restore was recorded for the next start.
    bool restoreChosen();

    QString folder() const { return m_folder; }
    QListWidget *backupList() const { return m_list; }
    QPushButton *backupButton() const { return m_backup; }
    QPushButton *restoreButton() const { return m_restore; }
    BackupWorker *worker() const { return m_worker; }
    QString status() const;
    /// The confirmation asked before a restore (tests replace the message box).
    void setConfirmation(std::function<bool(const QString &question)> confirm);

Q_SIGNALS:
    /// The restore is recorded; the program must close so the next start can carry it out.
    void restartRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseFolder();
    void showStatus(const QString &text, bool isError = false);
    void updateButtons();

    core::DatabaseLocation m_database;
    core::Actor m_actor;
    QString m_folder;
    QLabel *m_folderLabel;
    QListWidget *m_list;
    QPushButton *m_backup;
    QPushButton *m_restore;
    QLabel *m_status;
    BackupWorker *m_worker;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace mestring::ui
