#include "backuppanel.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/services/backupservice.h"
#include "core/services/permissions.h"
#include "ui/backup/backupsettings.h"
#include "ui/backup/backupworker.h"
#include "ui/widgets/messagelabel.h"

namespace mestring::ui {

namespace {

// "mestring-20261123-071500.sqlite" -> 23-11-2026 07:15:00
QDateTime takenAt(const QString &name)
{
    return QDateTime::fromString(name.mid(9, 15), QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

BackupPanel::BackupPanel(core::DatabaseLocation database, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_actor(std::move(actor))
    , m_folder(BackupSettings::folderFor(m_database))
    , m_folderLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_backup(new QPushButton(tr("&Take backup now"), this))
    , m_restore(new QPushButton(tr("&Restore from the chosen backup..."), this))
    , m_status(new QLabel(this))
    , m_worker(new BackupWorker(this))
    , m_confirm([this](const QString &question) {
        return QMessageBox::warning(this, tr("Restore from backup"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("backupPanel"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_backup->setObjectName(QStringLiteral("backupNow"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setWordWrap(true);
    auto *intro = new QLabel(m_database.isServer()
            ? tr("The centre's server is backed up by the IT department. A backup taken here is "
                 "a copy of the server's database written by pg_dump into the folder below and "
                 "checked by restoring it on the server; the newest %1 are kept.")
                  .arg(BackupSettings::keep())
            : tr("A backup is taken automatically at the first start of each day; the newest %1 "
                 "are kept. Keep the folder on another disk or a network drive, so a broken disk "
                 "does not take the backups with it.")
                  .arg(BackupSettings::keep()),
        this);
    intro->setWordWrap(true);
    auto *chooseFolder = new QPushButton(tr("Choose &folder..."), this);
    chooseFolder->setObjectName(QStringLiteral("chooseBackupFolder"));

    connect(m_backup, &QPushButton::clicked, this, &BackupPanel::takeBackupNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupPanel::restoreChosen);
    connect(chooseFolder, &QPushButton::clicked, this, &BackupPanel::chooseFolder);
    connect(m_list, &QListWidget::currentRowChanged, this, &BackupPanel::updateButtons);
    connect(m_worker, &BackupWorker::finished, this, [this](const QString &path) {
        showStatus(tr("The backup was taken and checked: %1").arg(QDir::toNativeSeparators(path)));
        refresh();
    });
    connect(m_worker, &BackupWorker::failed, this, [this](const QString &message) {
        showStatus(message, true);
        updateButtons();
    });

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(chooseFolder);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backup);
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(folderRow);
    layout->addWidget(new QLabel(tr("Backups in the folder, newest first:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    m_status->hide();
    updateButtons();
}

void BackupPanel::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

QString BackupPanel::status() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void BackupPanel::showStatus(const QString &text, bool isError)
{
    showMessageIn(m_status, text, isError);
}

void BackupPanel::refresh()
{
    m_folder = BackupSettings::folderFor(m_database); // the setting may have changed
    m_folderLabel->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(m_folder)));
    m_list->clear();
    const QStringList names = core::BackupService::backupsIn(m_folder);
    const QDir dir(m_folder);
    for (auto it = names.crbegin(); it != names.crend(); ++it) {
        const QFileInfo file(dir.filePath(*it));
        auto *item = new QListWidgetItem(
            tr("%1   %2   (%3)")
                .arg(takenAt(*it).toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")), *it,
                    QLocale().formattedDataSize(file.size())),
            m_list);
        item->setData(Qt::UserRole, file.absoluteFilePath());
    }
    if (names.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No backups in the folder yet."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void BackupPanel::updateButtons()
{
    const bool allowed = core::mayDo(m_actor, core::Permission::Backup);
    const bool busy = m_worker->isRunning();
    m_backup->setEnabled(allowed && !busy && m_database.isValid());
    const QListWidgetItem *item = m_list->currentItem();
    m_restore->setEnabled(
        allowed && !busy && item && !item->data(Qt::UserRole).toString().isEmpty());
}

void BackupPanel::takeBackupNow()
{
    if (!m_backup->isEnabled()) return;
    showStatus(tr("Taking the backup... You can go on working meanwhile."));
    m_worker->start(m_database, m_actor, m_folder, BackupSettings::keep());
    updateButtons();
}

bool BackupPanel::restoreChosen()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!m_restore->isEnabled() || !item) return false;
    const QString file = item->data(Qt::UserRole).toString();
    const QString when
        = takenAt(QFileInfo(file).fileName()).toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    const QString question
        = tr("Restore the database from the backup taken %1?\n\n"
             "Everything registered after the backup was taken is lost: notes, dispensings, "
             "appointments and every other change since %1.\n\n"
             "Mestring closes now. The restore is carried out the next time Mestring starts, "
             "before anyone logs in; the backup is checked first, and the database as it is now "
             "is kept as a safety copy beside it. Mestring may stay open on other PCs: they "
             "wait while the backup is written in and then work on the restored data.")
              .arg(when);
    if (!m_confirm(question)) return false;
    BackupSettings::setPendingRestore(
        {file, BackupSettings::keyOf(m_database), m_actor.staffId, m_actor.name});
    showStatus(tr("The restore from %1 is carried out at the next start.").arg(when));
    Q_EMIT restartRequested();
    return true;
}

void BackupPanel::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_folder);
    if (folder.isEmpty()) return;
    m_folder = folder;
    BackupSettings::setFolder(folder);
    refresh();
}

void BackupPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace mestring::ui
