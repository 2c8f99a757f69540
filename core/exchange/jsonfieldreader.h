#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QTime>

#include "core/domain/enums.h"
#include "errorsink.h"
#include "exchangemessages.h"

namespace mestring::core::exchange {

/// Reads the fields of one JSON object of the interchange file, checking type and form and
/// reporting each problem under its JSON path. Every read marks the key as known; finish()
/// then refuses the keys nobody read, so the list of allowed fields is the reading code itself.
/// Missing and null are the same ("not given"). After an error the returned value is a
/// placeholder: the caller keeps reading to collect more errors, and the dataset is discarded.
class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonObject &object, QString path, ErrorSink &errors);

    const QString &path() const { return m_path; }
    QString pathOf(QLatin1StringView key) const;
    ErrorSink &errors() { return m_errors; }
    void error(QLatin1StringView key, const QString &message);
    qsizetype size() const { return m_object.size(); }
    /// Present and not null; does not mark the key as read.
    bool isGiven(QLatin1StringView key) const;
    /// The raw value (undefined when missing), marked as read.
    QJsonValue rawValue(QLatin1StringView key);

    /// A string that must be present and not empty (ids, references, names).
    QString requiredText(QLatin1StringView key);
    /// A string or null; "" reads as null, since the writer never writes empty strings.
    QString optionalText(QLatin1StringView key);
    QDate requiredDate(QLatin1StringView key);
    QDate optionalDate(QLatin1StringView key);
    QDateTime requiredDateTime(QLatin1StringView key);
    QTime optionalTimeOfDay(QLatin1StringView key);
    int requiredInt(QLatin1StringView key);
    std::optional<int> optionalInt(QLatin1StringView key);
    int intOr(QLatin1StringView key, int fallback);
    double requiredNumber(QLatin1StringView key);
    std::optional<double> optionalNumber(QLatin1StringView key);
    double numberOr(QLatin1StringView key, double fallback);
    bool boolOr(QLatin1StringView key, bool fallback);
    /// A list of non-empty strings; null or missing is an empty list.
    std::vector<QString> textList(QLatin1StringView key);

    template<typename E>
    E requiredEnum(QLatin1StringView key)
    {
        const QJsonValue value = rawValue(key);
        if (value.isUndefined() || value.isNull()) {
            error(key, msgRequired());
            return E{};
        }
        return enumFrom<E>(value, pathOf(key)).value_or(E{});
    }

    template<typename E>
    std::optional<E> optionalEnum(QLatin1StringView key)
    {
        const QJsonValue value = rawValue(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return enumFrom<E>(value, pathOf(key));
    }

    template<typename E>
    std::vector<E> enumList(QLatin1StringView key)
    {
        std::vector<E> list;
        eachValue(key, [&](const QJsonValue &element, const QString &path) {
            if (const std::optional<E> value = enumFrom<E>(element, path))
                list.push_back(*value);
        });
        return list;
    }

    /// Reads each element of an array of objects with `read(JsonFieldReader &)`, then refuses
    /// the element's unknown fields. Null or missing is an empty list.
    template<typename Read>
    void eachObject(QLatin1StringView key, Read &&read)
    {
        eachValue(key, [&](const QJsonValue &value, const QString &path) {
            if (!value.isObject()) {
                m_errors.add(path, msgExpectedObject());
                return;
            }
            JsonFieldReader element(value.toObject(), path, m_errors);
            read(element);
            element.finish();
        });
    }

    /// Reads a nested object with `read(JsonFieldReader &)`; false when it is null or missing.
    template<typename Read>
    bool withObject(QLatin1StringView key, Read &&read)
    {
        const QJsonValue value = rawValue(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isObject()) {
            error(key, msgExpectedObject());
            return false;
        }
        JsonFieldReader nested(value.toObject(), pathOf(key), m_errors);
        read(nested);
        nested.finish();
        return true;
    }

    /// Calls `read(const QJsonValue &, const QString &path)` for each element of an array;
    /// returns the number of elements, nullopt when null, missing or not an array.
    template<typename Read>
    std::optional<qsizetype> eachValue(QLatin1StringView key, Read &&read)
    {
        const std::optional<QJsonArray> array = takeArray(key);
        if (!array)
            return std::nullopt;
        for (qsizetype i = 0; i < array->size(); ++i)
            read(array->at(i), indexPath(key, i));
        return array->size();
    }

    /// The string in `value`, or nullopt after reporting that it is not a string.
    std::optional<QString> stringFrom(const QJsonValue &value, const QString &path);

    /// Refuses every field that was not read.
    void finish();

private:
    std::optional<QJsonArray> takeArray(QLatin1StringView key);
    QString indexPath(QLatin1StringView key, qsizetype index) const;
    std::optional<int> intFrom(const QJsonValue &value, const QString &path);

    template<typename E>
    std::optional<E> enumFrom(const QJsonValue &value, const QString &path)
    {
        const std::optional<QString> code = stringFrom(value, path);
        if (!code)
            return std::nullopt;
        const std::optional<E> parsed = parseEnum<E>(*code);
        if (!parsed)
            m_errors.add(path, msgUnknownCode(*code, enumCodes<E>()));
        return parsed;
    }

    QJsonObject m_object;
    QString m_path;
    ErrorSink &m_errors;
    std::vector<QLatin1StringView> m_read;
};

} // namespace mestring::core::exchange
