#include "startupcheck.h"

#include <QDialog>
#include <QTimer>

#include "core/storage/database.h"
#include "core/storage/storageerror.h"

namespace mestring::ui {

StartupCheck::StartupCheck(core::Database &db, QDialog *login)
    : m_db(db)
    , m_login(login)
    , m_timer(new QTimer(this))
{
    m_db.checkInBackground();
    // The verdict is asked for, not sent: nothing crosses from the checking thread to widgets.
    connect(m_timer, &QTimer::timeout, this, &StartupCheck::poll);
    m_timer->start(100);
}

void StartupCheck::poll()
{
    const QString problem = m_db.knownDamage();
    if (problem.isEmpty()) return;
    m_timer->stop();
    m_message = core::StorageError::damaged(m_db.path(), problem).message();
    Q_EMIT damageFound(m_message);
    m_login->reject();
}

} // namespace mestring::ui
