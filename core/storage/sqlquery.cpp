#include "sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>

#include "backend.h"
#include "database.h"
#include "storageerror.h"

namespace mestring::core {

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
{
    if (!db.backend().prepare(m_query, sql)) {
        throw db.failure(
            QCoreApplication::translate("mestring", "The database could not prepare a query."),
            m_query.lastError(), sql);
    }
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_values.append(value);
    return *this;
}

void SqlQuery::exec()
{
    const QVariantList values = std::exchange(m_values, {});
    if (!m_db.backend().execute(m_query, m_sql, values)) {
        throw m_db.failure(QCoreApplication::translate("mestring", "The database could not "
                                                                   "save or read the data."),
            m_query.lastError(), m_sql);
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
        throw db.failure(
            QCoreApplication::translate("mestring", "The database could not run a command."),
            query.lastError(), sql);
    }
}

QString nextSeq(const Database &db, const char *table)
{
    return db.backend().nextSequenceValue(QLatin1StringView(table).toString());
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

QVariant dayPrefix(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    if (value.isNull()) return QDate();
    if (value.typeId() == QMetaType::QDate) return value.toDate();
    return QDate::fromString(value.toString(), Qt::ISODate);
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
