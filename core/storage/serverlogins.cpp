#include "serverlogins.h"

#include <memory>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <libpq-fe.h>

#include "database.h"
#include "sqlquery.h"
#include "storageerror.h"

namespace mestring::core::serverlogins {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// The libpq connection under Qt's QPSQL connection of `db`.
PGconn *connectionOf(const Database &db)
{
    const QVariant handle = QSqlDatabase::database(db.connectionName(), false).driver()->handle();
    // Qt names the type as libpq's header spells it (PGconn is a typedef of pg_conn).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

QString loginName(const DatabaseLocation &location, const QString &username)
{
    // As sync_staff_login() names it (schema v10).
    return username.trimmed().toLower() + QLatin1Char('@') + location.databaseName();
}

QString loginName(const Database &db, const QString &username)
{
    return loginName(db.location(), username);
}

bool hasLogin(const Database &db, const QString &staffId)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM staff_logins WHERE staff = ?"));
    q.bind(staffId);
    return q.scalar().toInt() > 0;
}

bool hasPassword(const Database &db, const QString &staffId)
{
    SqlQuery q(db, QStringLiteral("SELECT has_password FROM staff_logins WHERE staff = ?"));
    q.bind(staffId);
    const QVariant value = q.scalar();
    return value.isValid() && value.toBool();
}

void sync(const Database &db, const QString &staffId)
{
    SqlQuery q(db, QStringLiteral("SELECT sync_staff_login(?)"));
    q.bind(staffId);
    q.exec();
}

void setPassword(
    const Database &db, const QString &staffId, const QString &password, bool mustChange)
{
    SqlQuery login(db, QStringLiteral("SELECT login FROM staff_logins WHERE staff = ?"));
    login.bind(staffId);
    const QString name = login.scalar().toString();
    PGconn *connection = connectionOf(db);
    const std::unique_ptr<char, decltype(&PQfreemem)> verifier(connection
            ? PQencryptPasswordConn(connection, password.toUtf8().constData(),
                name.toUtf8().constData(), "scram-sha-256")
            : nullptr,
        &PQfreemem);
    if (!verifier) {
        throw StorageError(tr("The password could not be prepared for the server. Nothing was "
                              "changed; try again, or ask your IT support."),
            connection ? QString::fromUtf8(PQerrorMessage(connection)) : QString());
    }
    SqlQuery q(db, QStringLiteral("SELECT set_staff_password(?, ?, ?)"));
    q.bind(staffId).bind(QString::fromLatin1(verifier.get())).bind(mustChange);
    q.exec();
}

bool passwordOpens(const DatabaseLocation &server, const QString &username, const QString &password)
{
    QString text = server.withLogin(username, password).libpqConnectionString();
    if (!text.contains(QLatin1StringView("connect_timeout=")))
        text += QStringLiteral(" connect_timeout=10");
    const QByteArray conninfo = text.toUtf8();
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(
        PQconnectdb(conninfo.constData()), &PQfinish);
    if (PQstatus(connection.get()) == CONNECTION_OK) return true;
    // Refused although the server answers: the login or its password.
    if (PQping(conninfo.constData()) == PQPING_OK) return false;
    throw StorageError(tr("The server %1 could not be reached. Check the network, or ask your "
                          "IT support whether the server is running.")
                           .arg(server.displayText()),
        QString::fromUtf8(PQerrorMessage(connection.get())).trimmed(),
        StorageError::Kind::ConnectionLost);
}

bool answers(const DatabaseLocation &server)
{
    QString text = server.libpqConnectionString();
    if (!text.contains(QLatin1StringView("connect_timeout=")))
        text += QStringLiteral(" connect_timeout=10");
    return PQping(text.toUtf8().constData()) == PQPING_OK;
}

} // namespace mestring::core::serverlogins
