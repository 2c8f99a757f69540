#include "testserver.h"

#include <stdexcept>

#include <QCryptographicHash>
#include <QFile>
#include <QUuid>

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/postgresbackend.h"
#include "core/storage/serveradmin.h"
#include "core/storage/serverroles.h"

namespace mestring::test {

namespace {

// Every process creates the shared template at most once, under this advisory lock; pool
// slot n is claimed with the lock poolKey + n.
constexpr qint64 templateLockKey = 0x4D455354;
constexpr qint64 poolKey = 0x4D4553540000;

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

// Back to the state of a new database: no rows, sequences from 1, every trigger on (a test may
// have switched them off to tamper), the latest version, no staff logins of the database's
// (a server's logins outlive its rows). One statement, one round trip.
QString resetSql()
{
    return QStringLiteral(R"(DO $$ DECLARE t text; BEGIN
EXECUTE (SELECT 'TRUNCATE ' || string_agg(quote_ident(tablename), ', ') FROM pg_tables
          WHERE schemaname = current_schema() AND tablename <> 'schema_version');
FOR t IN SELECT DISTINCT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
          WHERE c.relnamespace = current_schema()::regnamespace AND g.tgenabled = 'D' LOOP
  EXECUTE 'ALTER TABLE ' || quote_ident(t) || ' ENABLE TRIGGER USER';
END LOOP;
PERFORM setval(c.oid, 1, false) FROM pg_class c
  WHERE c.relkind = 'S' AND c.relnamespace = current_schema()::regnamespace;
UPDATE schema_version SET application = %1, version = %2;
FOR t IN SELECT rolname FROM pg_roles WHERE rolname LIKE '%@' || current_database() LOOP
  EXECUTE 'DROP ROLE ' || quote_ident(t);
END LOOP;
END $$)")
        .arg(core::Database::applicationId)
        .arg(core::latestSchemaVersion());
}

// A copy of the template for a slot of the pool, with groups of its own: logins are the
// server's, named after the database (core/storage/serverroles.h), so tests in two slots never
// share one.
void makePoolDatabase(
    const core::ServerAdmin &admin, const core::DatabaseLocation &location, const QString &templ)
{
    admin.createDatabase(location.databaseName(), {}, templ);
    core::serverroles::grantIn(location);
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

TestServerDatabase::TestServerDatabase(Kind kind)
{
    const core::DatabaseLocation server = testServer();
    auto admin = std::make_unique<core::ServerAdmin>(server);
    if (kind == Kind::Empty) {
        const QString name
            = QStringLiteral("test_") + QUuid::createUuid().toString(QUuid::Id128).left(24);
        admin->createDatabase(name);
        m_location = server.withDatabase(name);
        return;
    }
    const QString templ = ensureTemplate(*admin);
    for (int slot = 0;; ++slot) {
        if (!admin->tryLock(poolKey + slot)) continue;
        // Named after the template, so a new schema starts a new pool; the slot comes first
        // because the program's copies of a database (backup checks, the copy kept at a
        // restore) keep only the start of its name.
        const QString name = QStringLiteral("pool%1_").arg(slot) + templ;
        m_location = server.withDatabase(name);
        if (admin->databaseExists(name))
            core::ServerAdmin(m_location, name).exec(resetSql());
        else
            makePoolDatabase(*admin, m_location, templ);
        break;
    }
    m_claim = std::move(admin);
}

TestServerDatabase::~TestServerDatabase()
{
    if (m_claim || !m_location.isServer()) return; // the pool's: released with the claim
    try {
        core::ServerAdmin(testServer()).dropDatabase(m_location.databaseName());
    } catch (...) {
        // The cluster is removed after the run anyway; never throw from a destructor.
    }
}

} // namespace mestring::test
