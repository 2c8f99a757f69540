#include "serveradmin.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "postgresbackend.h"
#include "storageerror.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

ServerAdmin::ServerAdmin(const DatabaseLocation &server, const QString &maintenanceDatabase)
    : m_name(QStringLiteral("server-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const DatabaseLocation where = server.withDatabase(maintenanceDatabase);
    PostgresBackend().connect(m_name, where, false);
}

ServerAdmin::~ServerAdmin()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString ServerAdmin::identifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void ServerAdmin::exec(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        throw StorageError(tr("The server refused an administrative command. Check that the "
                              "administrator's login may create databases and roles."),
            error.text() + QStringLiteral(" [") + sql + QLatin1Char(']'),
            PostgresBackend().classify(error));
    }
}

bool ServerAdmin::databaseExists(const QString &name) const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.exec(PostgresBackend::withValues(
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"), {name}));
    return query.next() && query.value(0).toInt() > 0;
}

QStringList ServerAdmin::databases() const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.exec(QStringLiteral("SELECT datname FROM pg_database ORDER BY datname"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

bool ServerAdmin::roleExists(const QString &name) const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.exec(PostgresBackend::withValues(
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name}));
    return query.next() && query.value(0).toInt() > 0;
}

bool ServerAdmin::functionExists(const QString &name) const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.exec(PostgresBackend::withValues(
        QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = ? "
                       "AND pronamespace = current_schema()::regnamespace"),
        {name}));
    return query.next() && query.value(0).toInt() > 0;
}

void ServerAdmin::createDatabase(
    const QString &name, const QString &owner, const QString &templateName) const
{
    QString sql = QStringLiteral("CREATE DATABASE ") + identifier(name);
    if (!owner.isEmpty()) sql += QStringLiteral(" OWNER ") + identifier(owner);
    if (templateName.isEmpty()) {
        // Collation C: text sorts by code point, exactly as in an SQLite file, whatever the
        // server's own locale.
        sql += QStringLiteral(" ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' "
                              "TEMPLATE template0");
    } else {
        sql += QStringLiteral(" TEMPLATE ") + identifier(templateName);
    }
    exec(sql);
}

void ServerAdmin::dropDatabase(const QString &name) const
{
    exec(QStringLiteral("DROP DATABASE IF EXISTS ") + identifier(name)
        + QStringLiteral(" WITH (FORCE)"));
}

void ServerAdmin::createLogin(const QString &name, const QString &password) const
{
    exec(QStringLiteral("CREATE ROLE ") + identifier(name) + QStringLiteral(" LOGIN PASSWORD ")
        + PostgresBackend::literal(password));
}

void ServerAdmin::lock(qint64 key) const
{
    exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(key));
}

bool ServerAdmin::tryLock(qint64 key) const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    return query.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(key)) && query.next()
        && query.value(0).toBool();
}

void ServerAdmin::unlock(qint64 key) const
{
    exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(key));
}

} // namespace mestring::core
