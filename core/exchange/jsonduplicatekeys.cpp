#include "jsonduplicatekeys.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

namespace mestring::core::exchange {

namespace {

// Keys are held as UTF-8 bytes: views into the document when they have no escapes (no copy),
// decoded copies otherwise. Frames are reused across objects so a large file allocates little.
struct Frame
{
    bool isObject = false;
    bool expectKey = false;      // objects: the next string is a key
    qsizetype index = -1;        // arrays: the element being read
    QByteArray key;              // objects: the key whose value is being read
    std::vector<QByteArray> keys; // objects: every key, checked for repeats when it closes
};

class Scanner
{
public:
    explicit Scanner(const QByteArray &json) : m_json(json) { }
    std::vector<QString> run();

private:
    void open(bool isObject);
    void close();
    void startValue();
    void readString(qsizetype &i);
    QString pathTo(const QByteArray &key) const;

    const QByteArray &m_json;
    std::vector<Frame> m_frames; // m_frames[0 .. m_depth) are open
    std::size_t m_depth = 0;
    std::vector<QString> m_duplicates;
};

bool isDelimiter(char c)
{
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArray keyBytes(const QByteArray &json, qsizetype begin, qsizetype end)
{
    const QByteArrayView literal(json.constData() + begin, end - begin);
    if (!literal.contains('\\'))
        return QByteArray::fromRawData(literal.data() + 1, literal.size() - 2);
    // Escapes are rare in keys; let Qt's parser decode them exactly as it did for the document.
    const QByteArray wrapped = '[' + literal.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString().toUtf8();
}

void Scanner::startValue()
{
    if (m_depth > 0 && !m_frames[m_depth - 1].isObject)
        ++m_frames[m_depth - 1].index;
}

void Scanner::open(bool isObject)
{
    startValue();
    if (m_depth == m_frames.size())
        m_frames.emplace_back();
    Frame &frame = m_frames[m_depth++];
    frame.isObject = isObject;
    frame.expectKey = isObject;
    frame.index = -1;
    frame.keys.clear();
}

void Scanner::close()
{
    if (m_depth == 0)
        return;
    Frame &frame = m_frames[m_depth - 1];
    if (frame.isObject && frame.keys.size() > 1) {
        std::sort(frame.keys.begin(), frame.keys.end());
        for (std::size_t i = 1; i < frame.keys.size(); ++i) {
            if (frame.keys[i] == frame.keys[i - 1])
                m_duplicates.push_back(pathTo(frame.keys[i]));
        }
    }
    --m_depth;
}

void Scanner::readString(qsizetype &i)
{
    const qsizetype begin = i;
    ++i;
    while (i < m_json.size() && m_json[i] != '"')
        i += m_json[i] == '\\' ? 2 : 1;
    ++i; // past the closing quote
    if (m_depth > 0 && m_frames[m_depth - 1].isObject && m_frames[m_depth - 1].expectKey) {
        Frame &frame = m_frames[m_depth - 1];
        frame.key = keyBytes(m_json, begin, i);
        frame.keys.push_back(frame.key);
    } else {
        startValue();
    }
}

// The path of `key` in the innermost open object: every enclosing frame names its child.
QString Scanner::pathTo(const QByteArray &key) const
{
    QString path;
    for (std::size_t i = 0; i + 1 < m_depth; ++i) {
        const Frame &frame = m_frames[i];
        if (!frame.isObject) {
            path += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
            continue;
        }
        if (!path.isEmpty())
            path += QLatin1Char('.');
        path += QString::fromUtf8(frame.key);
    }
    if (!path.isEmpty())
        path += QLatin1Char('.');
    return path + QString::fromUtf8(key);
}

std::vector<QString> Scanner::run()
{
    qsizetype i = m_json.startsWith("\xEF\xBB\xBF") ? 3 : 0; // Qt accepts a byte order mark
    while (i < m_json.size()) {
        const char c = m_json[i];
        if (c == '{' || c == '[') {
            open(c == '{');
            ++i;
        } else if (c == '}' || c == ']') {
            close();
            ++i;
        } else if (c == ',' || c == ':') {
            if (m_depth > 0 && m_frames[m_depth - 1].isObject)
                m_frames[m_depth - 1].expectKey = c == ',';
            ++i;
        } else if (c == '"') {
            readString(i);
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else {
            // A number, true, false or null: one value up to the next delimiter.
            startValue();
            while (i < m_json.size() && !isDelimiter(m_json[i]))
                ++i;
        }
    }
    return std::move(m_duplicates);
}

} // namespace

std::vector<QString> findDuplicateKeys(const QByteArray &json)
{
    return Scanner(json).run();
}

} // namespace mestring::core::exchange
