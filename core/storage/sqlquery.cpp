#include "sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>

#include "database.h"
#include "storageerror.h"

namespace mestring::core {

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_query(db.connection())
    , m_sql(sql)
{
    if (!m_query.prepare(sql)) {
        throw StorageError(QCoreApplication::translate("mestring", "The database could not "
                                                       "prepare a query."),
                           m_query.lastError().text() + QLatin1StringView(" [") + sql
                               + QLatin1Char(']'));
    }
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
    if (!m_query.exec()) {
        throw StorageError(QCoreApplication::translate("mestring", "The database could not "
                                                       "save or read the data."),
                           m_query.lastError().text() + QLatin1StringView(" [") + m_sql
                               + QLatin1Char(']'));
    }
}

QVariant SqlQuery::scalar()
{
    exec();
    return m_query.next() ? m_query.value(0) : QVariant();
}

void execSql(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        throw StorageError(QCoreApplication::translate("mestring", "The database could not "
                                                       "run a command."),
                           query.lastError().text() + QLatin1StringView(" [") + sql
                               + QLatin1Char(']'));
    }
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
