#include "testtarget.h"

#include <QCryptographicHash>
#include <QSqlRecord>

#include "core/storage/database.h"
#include "core/storage/databasecopy.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "testdatabase.h"

namespace mestring::test {

TestTarget::TestTarget(const QString &fileName)
{
    if (onTestServer()) {
        m_server.emplace(TestServerDatabase::Kind::Empty);
        m_location = m_server->location();
    } else {
        m_location = core::DatabaseLocation::file(m_dir.filePath(fileName));
    }
}

QByteArray TestTarget::state() const
{
    if (!m_server) return fileHash(m_location.filePath());
    core::Database db(TestDatabase::uniqueConnectionName());
    try {
        db.open(m_location, core::Database::OpenMode::MustExist);
    } catch (const core::StorageError &) {
        return {}; // no Mestring database there (yet)
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[table, rows] : core::tableRows(db)) {
        hash.addData(table.toUtf8());
        // Every column of every row, in a fixed order; our own table names only.
        core::SqlQuery q(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        q.exec();
        while (q.next()) {
            for (int i = 0; i < q.raw().record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
        }
    }
    return hash.result();
}

} // namespace mestring::test
