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
    m_db.openInMemory();
}

TestDatabaseFile::TestDatabaseFile()
    : m_path(m_dir.filePath(QStringLiteral("mestring.sqlite")))
    , m_db(TestDatabase::uniqueConnectionName())
{
    m_db.open(m_path);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace mestring::test
