#include "sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QTimeZone>

#include "backend.h"
#include "core/domain/clock.h"
#include "database.h"
#include "serverroles.h"
#include "storageerror.h"

namespace mestring::core {

StorageError statementError(
    const Database &db, const QSqlError &error, const char *message, const QString &sql)
{
    const StorageError failure
        = db.failure(QCoreApplication::translate("mestring", message), error, sql);
    const QString where = db.location().displayText();
    if (failure.isDamage()) return StorageError::damaged(where, failure.driverText());
    // The database's own wall (schema v10): the program's checks should have said so first.
    if (failure.kind() == StorageError::Kind::NotAllowed) {
        return StorageError(QCoreApplication::translate("mestring",
                                "The server refused this for your login: your role may not do "
                                "it. Nothing was changed. Ask a colleague with the right role, "
                                "or your manager."),
            failure.driverText(), StorageError::Kind::NotAllowed);
    }
    // The check before the first write refused the commit (the commit hook's rollback).
    const QString refused = db.knownDamage();
    if (!refused.isEmpty()) return StorageError::damaged(where, refused);
    return failure;
}

namespace {

// A statement that only reads: a SELECT that calls none of the schema's functions that change
// rows. (Locks and sequences are taken only inside transactions, which are never repeated
// statement by statement.)
bool readsOnly(const QString &sql)
{
    static const QRegularExpression reads(
        QStringLiteral("^\\s*SELECT\\b(?!.*\\b(%1)\\s*\\()")
            .arg(serverroles::changingFunctions().join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return reads.match(sql).hasMatch();
}

// A PostgreSQL server cannot store U+0000 in text, and a file should hold nothing a server
// would refuse (a centre moves to a server with `copy`): refused on both, before anything runs.
void refuseNul(const QVariantList &values, const QString &sql)
{
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(0))) {
            throw StorageError(QCoreApplication::translate("mestring",
                                   "A text contains an invisible NUL character, which cannot be "
                                   "saved. Remove it (type the text again) and try again."),
                QStringLiteral("U+0000 in a value for [%1]").arg(sql), StorageError::Kind::Refused);
        }
    }
}

} // namespace

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
{
    if (!db.backend().prepare(m_query, sql))
        throw statementError(m_db, m_query.lastError(),
            QT_TRANSLATE_NOOP("mestring", "The database could not prepare a query."), sql);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_values.append(value);
    return *this;
}

void SqlQuery::readManyOnce()
{
    m_db.backend().readManyOnce(m_query);
}

void SqlQuery::exec()
{
    const QVariantList values = std::exchange(m_values, {});
    refuseNul(values, m_sql);
    const bool alone = !m_db.inTransaction();
    if (alone) m_db.ensureConnected();
    if (m_db.backend().execute(m_query, m_sql, values)) return;
    const StorageError error = statementError(m_db, m_query.lastError(),
        QT_TRANSLATE_NOOP("mestring", "The database could not save or read the data."), m_sql);
    // A read on its own is safe to repeat on a new connection; a write might have been done
    // (and one in a transaction is repeated only with its whole unit of work).
    if (error.kind() != StorageError::Kind::ConnectionLost || !alone || !readsOnly(m_sql))
        throw error;
    m_db.ensureConnected();
    if (!m_db.backend().execute(m_query, m_sql, values))
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

QString placeholderList(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

void execSql(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        throw statementError(db, query.lastError(),
            QT_TRANSLATE_NOOP("mestring", "The database could not run a command."), sql);
}

QString nextSeq(const Database &db, const char *table)
{
    return db.backend().nextSequenceValue(QLatin1StringView(table).toString());
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

namespace {

// The digits of text[from, from + count) as a number; -1 unless all are ASCII digits.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int number = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') return -1;
        number = number * 10 + (c - u'0');
    }
    return number;
}

} // namespace

QDate dateFrom(const QVariant &value)
{
    if (value.isNull()) return {};
    if (value.typeId() == QMetaType::QDate) return value.toDate();
    const QString text = value.toString();
    // The stored form 'YYYY-MM-DD' read directly: the dispensing list reads 50,000 dates.
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2);
        const int day = digitsAt(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0) return QDate(year, month, day);
    }
    return QDate::fromString(text, Qt::ISODate);
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
    if (!dateTime.isValid()) return {};
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

namespace {

// The stored form, read without QDateTime::fromString's general parser (lists read thousands).
QDateTime fixedUtcFrom(QStringView text)
{
    if (text.size() != 24 || text[10] != u'T' || text[19] != u'.' || text[23] != u'Z') return {};
    const auto number
        = [&](qsizetype from, qsizetype length) { return digitsAt(text, from, length); };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!date.isValid() || !time.isValid()) return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

QDateTime dateTimeFrom(const QVariant &value)
{
    if (value.isNull()) return {};
    if (value.typeId() == QMetaType::QDateTime) return Clock::centreTime(value.toDateTime());
    const QString text = value.toString();
    QDateTime read = fixedUtcFrom(text);
    if (!read.isValid()) {
        // Any other ISO 8601 text; one without an offset is Danish wall-clock time.
        read = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (read.timeSpec() == Qt::LocalTime) return Clock::at(read.date(), read.time());
    }
    return Clock::centreTime(read);
}

QVariant dayStartValue(const QDate &date)
{
    return dateTimeValue(Clock::startOfDay(date));
}

} // namespace mestring::core
