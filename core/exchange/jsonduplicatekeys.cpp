#include "jsonduplicatekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mestring::core::exchange {

namespace {

struct Frame
{
    bool isObject = false;
    bool expectKey = false; // objects: the next string is a key
    qsizetype index = -1;   // arrays: the element being read
    QString key;            // objects: the key whose value is being read
    QSet<QString> keys;
};

QString pathOf(const std::vector<Frame> &stack, const QString &lastKey)
{
    QString path;
    auto appendKey = [&path](const QString &key) {
        if (!path.isEmpty())
            path += QLatin1Char('.');
        path += key;
    };
    for (std::size_t i = 0; i + 1 < stack.size(); ++i) {
        if (stack[i].isObject)
            appendKey(stack[i].key);
        else
            path += QLatin1Char('[') + QString::number(stack[i].index) + QLatin1Char(']');
    }
    appendKey(lastKey);
    return path;
}

// The end of the string literal that starts at `begin` (a quote), one past its closing quote.
qsizetype stringEnd(const QByteArray &json, qsizetype begin)
{
    qsizetype i = begin + 1;
    while (i < json.size() && json[i] != '"')
        i += json[i] == '\\' ? 2 : 1;
    return i + 1;
}

QString decodeKey(const QByteArray &literal)
{
    if (!literal.contains('\\'))
        return QString::fromUtf8(literal.mid(1, literal.size() - 2));
    // Escapes are rare in keys; let Qt's parser decode them exactly as it did for the document.
    const QJsonDocument wrapper = QJsonDocument::fromJson('[' + literal + ']');
    return wrapper.array().at(0).toString();
}

bool isDelimiter(char c)
{
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void startValue(std::vector<Frame> &stack)
{
    if (!stack.empty() && !stack.back().isObject)
        ++stack.back().index;
}

} // namespace

std::vector<QString> findDuplicateKeys(const QByteArray &json)
{
    std::vector<QString> duplicates;
    std::vector<Frame> stack;
    qsizetype i = json.startsWith("\xEF\xBB\xBF") ? 3 : 0; // Qt accepts a UTF-8 byte order mark
    while (i < json.size()) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            startValue(stack);
            stack.push_back(Frame{c == '{', c == '{'});
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            ++i;
        } else if (c == ',') {
            if (!stack.empty() && stack.back().isObject)
                stack.back().expectKey = true;
            ++i;
        } else if (c == ':') {
            if (!stack.empty())
                stack.back().expectKey = false;
            ++i;
        } else if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                Frame &frame = stack.back();
                frame.key = decodeKey(json.mid(i, end - i));
                if (frame.keys.contains(frame.key))
                    duplicates.push_back(pathOf(stack, frame.key));
                frame.keys.insert(frame.key);
            } else {
                startValue(stack);
            }
            i = end;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else {
            // A number, true, false or null: one value up to the next delimiter.
            startValue(stack);
            while (i < json.size() && !isDelimiter(json[i]))
                ++i;
        }
    }
    return duplicates;
}

} // namespace mestring::core::exchange
