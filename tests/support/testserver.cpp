#include "testserver.h"

#include <stdexcept>

#include <QCryptographicHash>
#include <QFile>
#include <QUuid>

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/postgresbackend.h"
#include "core/storage/serveradmin.h"

namespace mestring::test {

namespace {

// Every process creates the shared template at most once, under this advisory lock.
constexpr qint64 templateLockKey = 0x4D455354;

// Named after the schema it holds, so a build with a new migration step gets a new template.
QString templateName()
{
    const core::PostgresBackend backend;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int version = 1; version <= core::latestSchemaVersion(); ++version)
        hash.addData(core::migrationStep(backend, version).join(QLatin1Char('\n')).toUtf8());
    return QStringLiteral("mestring_template_v%1_%2")
        .arg(core::latestSchemaVersion())
        .arg(QString::fromLatin1(hash.result().toHex().left(12)));
}

QString ensureTemplate(const core::ServerAdmin &admin)
{
    static const QString name = templateName();
    static bool made = false;
    if (made) return name;
    admin.lock(templateLockKey);
    try {
        if (!admin.databaseExists(name)) {
            admin.createDatabase(name);
            core::Database db(QStringLiteral("test-template-") + QUuid::createUuid().toString());
            db.open(testServer().withDatabase(name), core::Database::OpenMode::CreateIfMissing);
        }
    } catch (...) {
        admin.unlock(templateLockKey);
        throw;
    }
    admin.unlock(templateLockKey);
    made = true;
    return name;
}

} // namespace

bool onTestServer()
{
    return qEnvironmentVariableIsSet("MESTRING_TEST_SERVER");
}

core::DatabaseLocation testServer()
{
    const QString stateFile = qEnvironmentVariable("MESTRING_TEST_SERVER");
    QFile file(stateFile);
    if (stateFile.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("MESTRING_TEST_SERVER does not name the file of a running test "
                                 "server (tests/support/pgcluster.sh start FILE)");
    }
    const QString address = QString::fromUtf8(file.readLine()).trimmed();
    return core::DatabaseLocation::parse(address);
}

TestServerDatabase::TestServerDatabase()
    : TestServerDatabase(true)
{
}

TestServerDatabase::TestServerDatabase(bool fromTemplate)
{
    const core::DatabaseLocation server = testServer();
    const core::ServerAdmin admin(server);
    const QString name
        = QStringLiteral("test_") + QUuid::createUuid().toString(QUuid::Id128).left(24);
    admin.createDatabase(name, {}, fromTemplate ? ensureTemplate(admin) : QString());
    m_location = server.withDatabase(name);
}

TestServerDatabase TestServerDatabase::empty()
{
    return TestServerDatabase(false);
}

TestServerDatabase::~TestServerDatabase()
{
    if (!m_location.isServer()) return;
    try {
        core::ServerAdmin(testServer()).dropDatabase(m_location.databaseName());
    } catch (...) {
        // The cluster is removed after the run anyway; never throw from a destructor.
    }
}

} // namespace mestring::test
