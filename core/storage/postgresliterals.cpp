// How PostgresBackend sends bound values: as literals in the statement's text, so a statement
// is one round trip (Qt's QPSQL driver would PREPARE, EXECUTE and DEALLOCATE: three). The values
// are quoted here, never by the callers, and every connection runs with
// standard_conforming_strings on, so inside '...' only a quote needs doubling.
#include "postgresbackend.h"

#include <cmath>

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace mestring::core {

namespace {

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString doubleLiteral(double value)
{
    if (std::isnan(value)) return QStringLiteral("'NaN'::float8");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("'Infinity'::float8") : QStringLiteral("'-Infinity'::float8");
    // The shortest text that reads back as the same double, typed so that 5.0 / 2 stays 2.5.
    return QStringLiteral("CAST(%1 AS DOUBLE PRECISION)")
        .arg(QString::number(value, 'g', QLocale::FloatingPointShortest));
}

} // namespace

QString PostgresBackend::literal(const QVariant &value)
{
    if (value.isNull()) return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        return doubleLiteral(value.toDouble());
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        return date.isValid() ? QStringLiteral("DATE '%1'").arg(date.toString(Qt::ISODate))
                              : QStringLiteral("NULL");
    }
    case QMetaType::QDateTime: {
        const QDateTime at = value.toDateTime();
        return at.isValid() ? quoted(at.toString(Qt::ISODateWithMs)) : QStringLiteral("NULL");
    }
    case QMetaType::QByteArray:
        return QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(value.toByteArray().toHex()));
    default:
        return quoted(value.toString());
    }
}

QString PostgresBackend::withValues(const QString &sql, const QVariantList &values)
{
    QString text;
    text.reserve(sql.size() + 16 * values.size());
    qsizetype next = 0;
    QChar quote; // inside '...' or "..." when set
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            if (c == quote) quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'-' && i + 1 < sql.size() && sql[i + 1] == u'-') {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? sql.size() : end;
            text += QStringView(sql).sliced(i, stop - i);
            i = stop - 1;
            continue;
        } else if (c == u'?') {
            if (next >= values.size()) return {};
            text += literal(values[next++]);
            continue;
        }
        text += c;
    }
    return next == values.size() ? text : QString();
}

} // namespace mestring::core
