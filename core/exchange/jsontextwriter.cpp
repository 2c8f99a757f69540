#include "jsontextwriter.h"

#include <algorithm>
#include <cmath>

#include <QLocale>

#include "exchangedates.h"

namespace mestring::core::exchange {

namespace {

constexpr int indentWidth = 2;

bool needsEscape(char16_t c)
{
    return c == u'"' || c == u'\\' || c < 0x20 || QChar::isSurrogate(c);
}

void appendEscaped(QByteArray &out, const QString &text)
{
    out += '"';
    const auto plain = [](QChar c) { return !needsEscape(c.unicode()); };
    if (std::all_of(text.cbegin(), text.cend(), plain)) {
        out += text.toUtf8();
        out += '"';
        return;
    }
    QString escaped;
    escaped.reserve(text.size() + 8);
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < size
            && QChar::isLowSurrogate(text[i + 1].unicode());
        if (pair) {
            escaped += text[i];
            escaped += text[++i];
        } else if (c == u'"' || c == u'\\') {
            escaped += QLatin1Char('\\');
            escaped += QChar(c);
        } else if (c == u'\n') {
            escaped += QLatin1StringView("\\n");
        } else if (c == u'\r') {
            escaped += QLatin1StringView("\\r");
        } else if (c == u'\t') {
            escaped += QLatin1StringView("\\t");
        } else if (needsEscape(c)) {
            // Control characters must be escaped; a lone surrogate has no UTF-8 form, and
            // escaping it keeps the text exactly as read.
            escaped += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        } else {
            escaped += QChar(c);
        }
    }
    out += escaped.toUtf8();
    out += '"';
}

} // namespace

void JsonTextWriter::newline()
{
    m_out += '\n';
    m_out.append(qsizetype(m_levels.size()) * indentWidth, ' ');
}

void JsonTextWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (level.count++ > 0)
        m_out += level.inlined ? ", " : ",";
    if (!level.inlined)
        newline();
}

void JsonTextWriter::key(QLatin1StringView name)
{
    beforeValue();
    // Field names are ASCII identifiers of this program: nothing to escape.
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size());
    m_out += "\": ";
    m_afterKey = true;
}

void JsonTextWriter::textKey(const QString &name)
{
    beforeValue();
    appendEscaped(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonTextWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back(Level{});
}

void JsonTextWriter::beginArray(bool inlined)
{
    beforeValue();
    m_out += '[';
    m_levels.push_back(Level{inlined, 0});
}

void JsonTextWriter::close(char bracket)
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (level.count > 0 && !level.inlined)
        newline();
    m_out += bracket;
}

void JsonTextWriter::endObject()
{
    close('}');
}

void JsonTextWriter::endArray()
{
    close(']');
}

void JsonTextWriter::nullValue()
{
    beforeValue();
    m_out += "null";
}

void JsonTextWriter::boolValue(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonTextWriter::intValue(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void JsonTextWriter::numberValue(double value)
{
    if (!std::isfinite(value)) {
        nullValue();
        return;
    }
    // Below 2^53 every integral double is exact as an integer; beyond, the shortest form is.
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0) {
        intValue(qint64(value));
        return;
    }
    beforeValue();
    m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void JsonTextWriter::stringValue(const QString &value)
{
    beforeValue();
    appendEscaped(m_out, value);
}

void JsonTextWriter::textField(QLatin1StringView name, const QString &value)
{
    key(name);
    if (value.isEmpty())
        nullValue();
    else
        stringValue(value);
}

void JsonTextWriter::dateField(QLatin1StringView name, const QDate &value)
{
    key(name);
    if (value.isValid())
        stringValue(formatDate(value));
    else
        nullValue();
}

void JsonTextWriter::dateTimeField(QLatin1StringView name, const QDateTime &value)
{
    key(name);
    if (value.isValid())
        stringValue(formatDateTime(value));
    else
        nullValue();
}

void JsonTextWriter::timeField(QLatin1StringView name, const QTime &value)
{
    key(name);
    if (value.isValid())
        stringValue(formatTimeOfDay(value));
    else
        nullValue();
}

void JsonTextWriter::intField(QLatin1StringView name, std::optional<int> value)
{
    key(name);
    if (value)
        intValue(*value);
    else
        nullValue();
}

void JsonTextWriter::numberField(QLatin1StringView name, std::optional<double> value)
{
    key(name);
    if (value)
        numberValue(*value);
    else
        nullValue();
}

void JsonTextWriter::boolField(QLatin1StringView name, bool value)
{
    key(name);
    boolValue(value);
}

QByteArray JsonTextWriter::take()
{
    QByteArray out = std::move(m_out);
    out += '\n';
    m_out.clear();
    m_levels.clear();
    m_afterKey = false;
    return out;
}

} // namespace mestring::core::exchange
