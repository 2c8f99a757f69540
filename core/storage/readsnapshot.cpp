#include "readsnapshot.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include "backend.h"
#include "database.h"

namespace mestring::core {

ReadSnapshot::ReadSnapshot(const Database &db)
    : m_db(db)
{
    QSqlQuery begin(db.connection());
    m_open = begin.exec(db.backend().beginReadSnapshot());
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_open) return;
    QSqlQuery rollback(m_db.connection());
    rollback.exec(QStringLiteral("ROLLBACK"));
}

} // namespace mestring::core
