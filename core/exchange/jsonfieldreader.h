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
#include <QVarLengthArray>

#include "core/domain/enums.h"
#include "errorsink.h"
#include "exchangemessages.h"

namespace mestring::core::exchange {

/// Reads the fields of one JSON object of the interchange file, checking type and form and
/// reporting each problem under its JSON path. Every read marks the key as known; finish()
/// then refuses the keys nobody read, so the list of allowed fields is the reading code itself.
/// Missing and null are the same ("not given"). After an error the returned value is a
/// placeholder: the caller keeps reading to collect more errors, and the dataset is discarded.
/// Paths are built only when an error is reported: a file of 100,000 valid records costs none.
class JsonFieldReader
{
public:
    /// The document's top-level object (path "").
    JsonFieldReader(const QJsonObject &object, ErrorSink &errors);
    /// The object at `key` of `parent`, element `index` of it when `index` >= 0. The parent
    /// must outlive this reader.
    JsonFieldReader(const QJsonObject &object, const JsonFieldReader &parent, QLatin1StringView key,
                    qsizetype index);

    QString path() const;
    /// "courses[3].phases", or "courses[3].phases[1]" with an index.
    QString pathOf(QLatin1StringView key, qsizetype index = -1) const;
    ErrorSink &errors() { return m_errors; }
    void error(QLatin1StringView key, const QString &message, qsizetype index = -1);
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
        return enumFrom<E>(value, key).value_or(E{});
    }

    template<typename E>
    std::optional<E> optionalEnum(QLatin1StringView key)
    {
        const QJsonValue value = rawValue(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return enumFrom<E>(value, key);
    }

    template<typename E>
    std::vector<E> enumList(QLatin1StringView key)
    {
        std::vector<E> list;
        eachValue(key, [&](const QJsonValue &element, qsizetype index) {
            if (const std::optional<E> value = enumFrom<E>(element, key, index))
                list.push_back(*value);
        });
        return list;
    }

    /// Reads each element of an array of objects with `read(JsonFieldReader &)`, then refuses
    /// the element's unknown fields. Null or missing is an empty list.
    template<typename Read>
    void eachObject(QLatin1StringView key, Read &&read)
    {
        eachValue(key, [&](const QJsonValue &value, qsizetype index) {
            if (!value.isObject()) {
                error(key, msgExpectedObject(), index);
                return;
            }
            JsonFieldReader element(value.toObject(), *this, key, index);
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
        JsonFieldReader nested(value.toObject(), *this, key, -1);
        read(nested);
        nested.finish();
        return true;
    }

    /// Calls `read(const QJsonValue &, qsizetype index)` for each element of an array; returns
    /// the number of elements, nullopt when null, missing or not an array.
    template<typename Read>
    std::optional<qsizetype> eachValue(QLatin1StringView key, Read &&read)
    {
        const std::optional<QJsonArray> array = takeArray(key);
        if (!array)
            return std::nullopt;
        for (qsizetype i = 0; i < array->size(); ++i)
            read(array->at(i), i);
        return array->size();
    }

    /// The string in `value` (the field `key`, element `index`), or nullopt after reporting
    /// that it is not a string.
    std::optional<QString> stringFrom(const QJsonValue &value, QLatin1StringView key,
                                      qsizetype index = -1);

    /// Refuses every field that was not read.
    void finish();

private:
    std::optional<QJsonArray> takeArray(QLatin1StringView key);
    std::optional<int> intFrom(const QJsonValue &value, QLatin1StringView key);

    template<typename E>
    std::optional<E> enumFrom(const QJsonValue &value, QLatin1StringView key, qsizetype index = -1)
    {
        const std::optional<QString> code = stringFrom(value, key, index);
        if (!code)
            return std::nullopt;
        const std::optional<E> parsed = parseEnum<E>(*code);
        if (!parsed)
            error(key, msgUnknownCode(*code, enumCodes<E>()), index);
        return parsed;
    }

    QJsonObject m_object;
    ErrorSink &m_errors;
    const JsonFieldReader *m_parent = nullptr;
    QLatin1StringView m_key;
    qsizetype m_index = -1;
    QVarLengthArray<bool, 32> m_read; // per key of m_object, in its (sorted) order
};

} // namespace mestring::core::exchange
