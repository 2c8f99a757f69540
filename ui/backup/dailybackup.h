#pragma once

#include <QDate>
#include <QObject>
#include <QString>

class QMainWindow;

namespace mestring::ui {

class BackupWorker;

/// The automatic backup at the first start of the day (issue 7): when the backup folder holds
/// no backup taken today, one is taken off the GUI thread, by the program ("system" in the
/// access log) whoever logged in. It tells how it went on the window's status bar; a failure
/// also in a message box that does not block the work.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    DailyBackup(QString databasePath, QString folder, int keep, QObject *parent = nullptr);

    /// Starts the backup when none of `today` is in the folder; false when none is due or the
    /// database is not a file.
    bool startIfDue(const QDate &today);
    /// Shows the messages on `window`'s status bar, a failure also in a non-modal box.
    void showMessagesIn(QMainWindow *window);
    BackupWorker *worker() const { return m_worker; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void failed(const QString &message);

private:
    QString m_databasePath;
    QString m_folder;
    int m_keep;
    BackupWorker *m_worker;
};

} // namespace mestring::ui
