#include "jsonfieldreader.h"

#include <cmath>
#include <limits>

#include "exchangedates.h"

namespace mestring::core::exchange {

namespace {

bool isMissing(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject &object, ErrorSink &errors)
    : m_object(object)
    , m_errors(errors)
    , m_read(object.size(), false)
{
}

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const JsonFieldReader &parent,
                                 QLatin1StringView key, qsizetype index)
    : m_object(object)
    , m_errors(parent.m_errors)
    , m_parent(&parent)
    , m_key(key)
    , m_index(index)
    , m_read(object.size(), false)
{
}

QString JsonFieldReader::path() const
{
    return m_parent ? m_parent->pathOf(m_key, m_index) : QString();
}

QString JsonFieldReader::pathOf(QLatin1StringView key, qsizetype index) const
{
    QString result = path();
    if (!result.isEmpty())
        result += QLatin1Char('.');
    result += key;
    if (index >= 0)
        result += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    return result;
}

void JsonFieldReader::error(QLatin1StringView key, const QString &message, qsizetype index)
{
    m_errors.add(pathOf(key, index), message);
}

bool JsonFieldReader::isGiven(QLatin1StringView key) const
{
    return !isMissing(m_object.value(key));
}

QJsonValue JsonFieldReader::rawValue(QLatin1StringView key)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd())
        return QJsonValue(QJsonValue::Undefined);
    m_read[it - m_object.constBegin()] = true;
    return it.value();
}

std::optional<QJsonArray> JsonFieldReader::takeArray(QLatin1StringView key)
{
    const QJsonValue value = rawValue(key);
    if (isMissing(value))
        return std::nullopt;
    if (!value.isArray()) {
        error(key, msgExpectedArray());
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QString> JsonFieldReader::stringFrom(const QJsonValue &value, QLatin1StringView key,
                                                   qsizetype index)
{
    if (!value.isString()) {
        error(key, msgExpectedString(), index);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<int> JsonFieldReader::intFrom(const QJsonValue &value, QLatin1StringView key)
{
    // JSON has one number type and Qt stores 2.0 as the integer 2, so "whole" is by value.
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::trunc(number)) {
        error(key, msgExpectedWholeNumber());
        return std::nullopt;
    }
    if (number < double(std::numeric_limits<int>::min())
        || number > double(std::numeric_limits<int>::max())) {
        error(key, msgNumberOutOfRange());
        return std::nullopt;
    }
    return int(number);
}

QString JsonFieldReader::requiredText(QLatin1StringView key)
{
    const QJsonValue value = rawValue(key);
    if (isMissing(value)) {
        error(key, msgRequired());
        return QString();
    }
    const std::optional<QString> text = stringFrom(value, key);
    if (text && text->isEmpty())
        error(key, msgEmptyText());
    return text.value_or(QString());
}

QString JsonFieldReader::optionalText(QLatin1StringView key)
{
    const QJsonValue value = rawValue(key);
    if (isMissing(value))
        return QString();
    const QString text = stringFrom(value, key).value_or(QString());
    return text.isEmpty() ? QString() : text;
}

QDate JsonFieldReader::requiredDate(QLatin1StringView key)
{
    if (!isGiven(key)) {
        rawValue(key);
        error(key, msgRequired());
        return QDate();
    }
    return optionalDate(key);
}

QDate JsonFieldReader::optionalDate(QLatin1StringView key)
{
    const QJsonValue value = rawValue(key);
    if (isMissing(value))
        return QDate();
    const std::optional<QString> text = stringFrom(value, key);
    if (!text)
        return QDate();
    const Parsed<QDate> date = parseDate(*text);
    if (date.status == TextStatus::Malformed)
        error(key, msgBadDate());
    else if (date.status == TextStatus::Impossible)
        error(key, msgImpossibleDate());
    return date.value;
}

QDateTime JsonFieldReader::requiredDateTime(QLatin1StringView key)
{
    const QJsonValue value = rawValue(key);
    if (isMissing(value)) {
        error(key, msgRequired());
        return QDateTime();
    }
    const std::optional<QString> text = stringFrom(value, key);
    if (!text)
        return QDateTime();
    const Parsed<QDateTime> dateTime = parseDateTime(*text);
    if (dateTime.status == TextStatus::Malformed)
        error(key, msgBadDateTime());
    else if (dateTime.status == TextStatus::Impossible)
        error(key, msgImpossibleDateTime());
    return dateTime.value;
}

QTime JsonFieldReader::optionalTimeOfDay(QLatin1StringView key)
{
    const QJsonValue value = rawValue(key);
    if (isMissing(value))
        return QTime();
    const std::optional<QString> text = stringFrom(value, key);
    if (!text)
        return QTime();
    const Parsed<QTime> time = parseTimeOfDay(*text);
    if (time.status != TextStatus::Ok)
        error(key, msgBadTime());
    return time.value;
}

int JsonFieldReader::requiredInt(QLatin1StringView key)
{
    if (!isGiven(key)) {
        rawValue(key);
        error(key, msgRequired());
        return 0;
    }
    return optionalInt(key).value_or(0);
}

std::optional<int> JsonFieldReader::optionalInt(QLatin1StringView key)
{
    const QJsonValue value = rawValue(key);
    if (isMissing(value))
        return std::nullopt;
    return intFrom(value, key);
}

int JsonFieldReader::intOr(QLatin1StringView key, int fallback)
{
    return optionalInt(key).value_or(fallback);
}

double JsonFieldReader::requiredNumber(QLatin1StringView key)
{
    if (!isGiven(key)) {
        rawValue(key);
        error(key, msgRequired());
        return 0;
    }
    return optionalNumber(key).value_or(0);
}

std::optional<double> JsonFieldReader::optionalNumber(QLatin1StringView key)
{
    const QJsonValue value = rawValue(key);
    if (isMissing(value))
        return std::nullopt;
    if (!value.isDouble()) {
        error(key, msgExpectedNumber());
        return std::nullopt;
    }
    return value.toDouble();
}

bool JsonFieldReader::boolOr(QLatin1StringView key, bool fallback)
{
    const QJsonValue value = rawValue(key);
    if (isMissing(value))
        return fallback;
    if (!value.isBool()) {
        error(key, msgExpectedBool());
        return fallback;
    }
    return value.toBool();
}

std::vector<QString> JsonFieldReader::textList(QLatin1StringView key)
{
    std::vector<QString> list;
    eachValue(key, [&](const QJsonValue &value, qsizetype index) {
        const std::optional<QString> text = stringFrom(value, key, index);
        if (text && text->isEmpty())
            error(key, msgEmptyText(), index);
        else if (text)
            list.push_back(*text);
    });
    return list;
}

void JsonFieldReader::finish()
{
    qsizetype i = 0;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it, ++i) {
        if (m_read[i])
            continue;
        const QString base = path();
        m_errors.add(base.isEmpty() ? it.key() : base + QLatin1Char('.') + it.key(),
                     msgUnknownField());
    }
}

} // namespace mestring::core::exchange
