#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "storageerror.h"

class QSqlError;

namespace mestring::core {

class Database;

/// A statement with `?` placeholders that throws StorageError on failure, so repositories read
/// as the SQL they run. Values are always bound, never built into the SQL text by the caller;
/// the Backend sends them (SQLite: a prepared statement; a server: one round trip).
class SqlQuery
{
public:
    SqlQuery(const Database &db, const QString &sql);

    /// The value of the next placeholder. After exec() the next bind starts again at the first.
    SqlQuery &bind(const QVariant &value);
    void exec();
    /// Executes and returns the single value of the first row, or a null QVariant without rows.
    QVariant scalar();
    /// The next row; false after the last. Throws StorageError when reading a row fails (a
    /// damaged page is reported as damage, never as the end of the rows).
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    QSqlQuery &raw() { return m_query; }
    /// Before exec(): the rows will be read once, in order, and may be many (Backend).
    void readManyOnce();

private:
    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    QVariantList m_values;
};

/// "?, ?, ..." for `count` bound values, e.g. inside "IN (...)".
QString placeholderList(qsizetype count);

/// Runs a statement without parameters (DDL, pragmas); throws StorageError on failure.
void execSql(const Database &db, const QString &sql);

/// The SQL expression that numbers a new row of `table` (one of our own names) in storage
/// order: its `seq`, which the export follows.
QString nextSeq(const Database &db, const char *table);

/// The StorageError for a statement that failed: StorageError::damaged() when the engine found
/// the database damaged (or the check before the first write refused the commit), otherwise
/// db.failure() with `message` (English source, translated), the driver's text and the
/// statement.
StorageError statementError(
    const Database &db, const QSqlError &error, const char *message, const QString &sql = {});

// Conversions between stored columns and domain values. Dates are bound as QDate (TEXT
// 'YYYY-MM-DD' in a file, DATE on a server) and read from either; instants are fixed-width
// UTC text (dateTimeValue); nulls stay nulls.
QVariant dateValue(const QDate &date);
QDate dateFrom(const QVariant &value);
QVariant textValue(const QString &text);
QString textFrom(const QVariant &value);

// Instants are stored as UTC text of one fixed width, "2025-01-17T09:00:00.000Z", so that text
// order is instant order on SQLite, and read back in centre time (Europe/Copenhagen). Every
// instant column is written, read and compared only through these helpers (a PostgreSQL
// backend maps them to timestamptz).
QVariant dateTimeValue(const QDateTime &dateTime);
QDateTime dateTimeFrom(const QVariant &value);
/// The first instant of the centre's calendar day `date`, to compare instant columns with days.
QVariant dayStartValue(const QDate &date);

template<typename T>
QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

inline std::optional<int> optionalIntFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

inline std::optional<double> optionalDoubleFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace mestring::core
