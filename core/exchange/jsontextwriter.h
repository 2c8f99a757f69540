#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>
#include <QTime>

#include "core/domain/enums.h"

namespace mestring::core::exchange {

/// Writes indented JSON text with keys in the order they are written (QJsonObject would sort
/// them). Objects put one field per line; "inline" arrays of scalars stay on one line.
/// The *Field helpers write the interchange forms: empty text, invalid dates and unset
/// optionals as an explicit null, so every document names every field.
class JsonTextWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray(bool inlined = false);
    void endArray();
    void key(QLatin1StringView name);
    /// A key that is data rather than a field name (a report group: "Tønder"), escaped.
    void textKey(const QString &name);

    void nullValue();
    void boolValue(bool value);
    void intValue(qint64 value);
    /// Integral values as integers (800, not 800.0), others in the shortest exact form;
    /// NaN and infinity, which JSON cannot hold, as null.
    void numberValue(double value);
    void stringValue(const QString &value);

    void textField(QLatin1StringView name, const QString &value);
    void dateField(QLatin1StringView name, const QDate &value);
    void dateTimeField(QLatin1StringView name, const QDateTime &value);
    void timeField(QLatin1StringView name, const QTime &value);
    void intField(QLatin1StringView name, std::optional<int> value);
    void numberField(QLatin1StringView name, std::optional<double> value);
    void boolField(QLatin1StringView name, bool value);

    template<typename E>
    void enumField(QLatin1StringView name, E value)
    {
        key(name);
        stringValue(enumCode(value));
    }

    template<typename E>
    void enumField(QLatin1StringView name, std::optional<E> value)
    {
        key(name);
        if (value)
            stringValue(enumCode(*value));
        else
            nullValue();
    }

    /// The document, ending in a newline.
    QByteArray take();

private:
    struct Level
    {
        bool inlined = false;
        int count = 0;
    };

    void beforeValue();
    void newline();
    void close(char bracket);

    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace mestring::core::exchange
