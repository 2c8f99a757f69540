#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

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
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlQuery &raw() { return m_query; }

private:
    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    QVariantList m_values;
};

/// Runs a statement without parameters (DDL, pragmas); throws StorageError on failure.
void execSql(const Database &db, const QString &sql);

/// The SQL expression that numbers a new row of `table` (one of our own names) in storage
/// order: its `seq`, which the export follows.
QString nextSeq(const Database &db, const char *table);

// Conversions between stored columns and domain values. Dates are bound as QDate (TEXT
// 'YYYY-MM-DD' in a file, DATE on a server) and read from either; date-times are ISO 8601
// text with offset; nulls stay nulls.
QVariant dateValue(const QDate &date);
/// A day as the text that instants stored on it begin with ("2025-01-17"), for comparing
/// ISO date-time text columns with a day.
QVariant dayPrefix(const QDate &date);
QDate dateFrom(const QVariant &value);
QVariant textValue(const QString &text);
QString textFrom(const QVariant &value);
QVariant dateTimeValue(const QDateTime &dateTime);
QDateTime dateTimeFrom(const QVariant &value);

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
