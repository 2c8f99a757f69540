#include "readsnapshot.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include "backend.h"
#include "database.h"
#include "storageerror.h"

namespace mestring::core {

ReadSnapshot::ReadSnapshot(const Database &db)
    : m_db(db)
{
    db.ensureConnected();
    QSqlQuery begin(db.connection());
    m_open = begin.exec(db.backend().beginReadSnapshot());
    if (m_open) db.transactionStarted();
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_open) return;
    QSqlQuery rollback(m_db.connection());
    rollback.exec(QStringLiteral("ROLLBACK"));
    m_db.transactionEnded();
}

} // namespace mestring::core
