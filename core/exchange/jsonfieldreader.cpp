#include "jsonfieldreader.h"

#include <algorithm>
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

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString path, ErrorSink &errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{
}

QString JsonFieldReader::pathOf(QLatin1StringView key) const
{
    if (m_path.isEmpty())
        return QString(key);
    return m_path + QLatin1Char('.') + key;
}

QString JsonFieldReader::indexPath(QLatin1StringView key, qsizetype index) const
{
    return pathOf(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonFieldReader::error(QLatin1StringView key, const QString &message)
{
    m_errors.add(pathOf(key), message);
}

bool JsonFieldReader::isGiven(QLatin1StringView key) const
{
    return !isMissing(m_object.value(key));
}

QJsonValue JsonFieldReader::rawValue(QLatin1StringView key)
{
    m_read.push_back(key);
    return m_object.value(key);
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

std::optional<QString> JsonFieldReader::stringFrom(const QJsonValue &value, const QString &path)
{
    if (!value.isString()) {
        m_errors.add(path, msgExpectedString());
        return std::nullopt;
    }
    return value.toString();
}

std::optional<int> JsonFieldReader::intFrom(const QJsonValue &value, const QString &path)
{
    // JSON has one number type and Qt stores 2.0 as the integer 2, so "whole" is by value.
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::trunc(number)) {
        m_errors.add(path, msgExpectedWholeNumber());
        return std::nullopt;
    }
    if (number < double(std::numeric_limits<int>::min())
        || number > double(std::numeric_limits<int>::max())) {
        m_errors.add(path, msgNumberOutOfRange());
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
    const std::optional<QString> text = stringFrom(value, pathOf(key));
    if (text && text->isEmpty())
        error(key, msgEmptyText());
    return text.value_or(QString());
}

QString JsonFieldReader::optionalText(QLatin1StringView key)
{
    const QJsonValue value = rawValue(key);
    if (isMissing(value))
        return QString();
    const QString text = stringFrom(value, pathOf(key)).value_or(QString());
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
    const std::optional<QString> text = stringFrom(value, pathOf(key));
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
    const std::optional<QString> text = stringFrom(value, pathOf(key));
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
    const std::optional<QString> text = stringFrom(value, pathOf(key));
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
    return intFrom(value, pathOf(key));
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

double JsonFieldReader::numberOr(QLatin1StringView key, double fallback)
{
    return optionalNumber(key).value_or(fallback);
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
    eachValue(key, [&](const QJsonValue &value, const QString &path) {
        const std::optional<QString> text = stringFrom(value, path);
        if (text && text->isEmpty())
            m_errors.add(path, msgEmptyText());
        else if (text)
            list.push_back(*text);
    });
    return list;
}

void JsonFieldReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        const bool known = std::any_of(m_read.cbegin(), m_read.cend(),
                                       [&key](QLatin1StringView read) { return key == read; });
        if (!known)
            m_errors.add(m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key,
                         msgUnknownField());
    }
}

} // namespace mestring::core::exchange
