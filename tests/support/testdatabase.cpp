#include "testdatabase.h"

#include <atomic>

#include <QCryptographicHash>
#include <QFile>

namespace mestring::test {

QString TestDatabase::uniqueConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("test-%1").arg(++counter);
}

TestDatabase::TestDatabase()
    : m_db(uniqueConnectionName())
{
    if (onTestServer()) {
        m_server.emplace();
        m_db.open(m_server->location(), core::Database::OpenMode::MustExist);
    } else {
        m_db.openInMemory();
    }
}

TestDatabaseFile::TestDatabaseFile()
    : m_path(m_dir.filePath(QStringLiteral("mestring.sqlite")))
    , m_db(TestDatabase::uniqueConnectionName())
{
    m_db.open(m_path);
}

TestStoredDatabase::TestStoredDatabase()
    : m_db(TestDatabase::uniqueConnectionName())
{
    if (onTestServer()) {
        m_server.emplace();
        m_location = m_server->location();
    } else {
        m_location = core::DatabaseLocation::file(m_dir.filePath(QStringLiteral("mestring.sqlite")));
    }
    m_db.open(m_location);
}

QString TestStoredDatabase::address() const
{
    return m_location.displayText();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace mestring::test
