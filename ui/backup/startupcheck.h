#pragma once

#include <QObject>
#include <QString>

class QDialog;
class QTimer;

namespace mestring::core {
class Database;
}

namespace mestring::ui {

/// The check of the database for damage at start (docs/decisions.md, issue 14): the program
/// opens the file reading only its header, and SQLite's quick_check of the whole file runs on a
/// connection of its own while the login dialog waits. Damage found closes the dialog
/// (rejected); message() then says what happened and what to do. A login before the check is
/// done waits for it (the login writes to the access log).
class StartupCheck : public QObject
{
    Q_OBJECT

public:
    /// Starts the check of `db` (open) and watches it while `login` is shown.
    StartupCheck(core::Database &db, QDialog *login);

    /// The damaged-file message for the user; empty while no damage is known.
    QString message() const { return m_message; }

Q_SIGNALS:
    void damageFound(const QString &message);

private:
    void poll();

    core::Database &m_db;
    QDialog *m_login;
    QTimer *m_timer;
    QString m_message;
};

} // namespace mestring::ui
