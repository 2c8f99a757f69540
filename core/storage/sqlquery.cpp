#include "sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>

#include "database.h"
#include "sqliteconnection.h"
#include "storageerror.h"

namespace mestring::core {

StorageError statementError(
    const Database &db, const QSqlError &error, const char *message, const QString &sql)
{
    QString driverText = error.text();
    if (!sql.isEmpty()) driverText += QLatin1StringView(" [") + sql + QLatin1Char(']');
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (numeric && isDamageCode(code)) return StorageError::damaged(db.path(), driverText);
    const QString refused = db.knownDamage();
    if (!refused.isEmpty()) return StorageError::damaged(db.path(), refused);
    return StorageError(QCoreApplication::translate("mestring", message), driverText);
}

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
{
    if (!m_query.prepare(sql))
        throw statementError(m_db, m_query.lastError(),
            QT_TRANSLATE_NOOP("mestring", "The database could not prepare a query."), sql);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

void SqlQuery::exec()
{
    if (!m_query.exec())
        throw statementError(m_db, m_query.lastError(),
            QT_TRANSLATE_NOOP("mestring", "The database could not save or read the data."), m_sql);
}

bool SqlQuery::next()
{
    if (m_query.next()) return true;
    if (m_query.lastError().isValid())
        throw statementError(m_db, m_query.lastError(),
            QT_TRANSLATE_NOOP("mestring", "The database could not save or read the data."), m_sql);
    return false;
}

QVariant SqlQuery::scalar()
{
    exec();
    return next() ? m_query.value(0) : QVariant();
}

void execSql(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        throw statementError(db, query.lastError(),
            QT_TRANSLATE_NOOP("mestring", "The database could not run a command."), sql);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QString textFrom(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QVariant dateTimeValue(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toString(Qt::ISODate)) : QVariant();
}

QDateTime dateTimeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace mestring::core
