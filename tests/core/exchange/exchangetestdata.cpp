#include "exchangetestdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mestring::core::test {

namespace {

struct Segment
{
    QString key; // empty for an array index
    qsizetype index = -1;
};

std::vector<Segment> parsePath(const QString &path)
{
    static const QRegularExpression segment(QStringLiteral(R"(([^.\[\]]+)|\[(\d+)\])"));
    std::vector<Segment> segments;
    for (auto it = segment.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.hasCaptured(2))
            segments.push_back({QString(), m.captured(2).toLongLong()});
        else
            segments.push_back({m.captured(1), -1});
    }
    return segments;
}

QJsonValue replaced(const QJsonValue &node, const std::vector<Segment> &path, std::size_t at,
                    const QJsonValue &value)
{
    if (at == path.size())
        return value;
    const Segment &s = path[at];
    if (s.index >= 0) {
        QJsonArray array = node.toArray();
        array[s.index] = replaced(array.at(s.index), path, at + 1, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (at + 1 == path.size() && value.isUndefined())
        object.remove(s.key);
    else
        object[s.key] = replaced(object.value(s.key), path, at + 1, value);
    return object;
}

} // namespace

QByteArray exchangeTestFile(const QString &name)
{
    QFile file(QStringLiteral(MESTRING_TEST_DATA "/exchange/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QByteArray domainExample()
{
    return exchangeTestFile(QStringLiteral("domain-example.json"));
}

QByteArray withValueAt(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    const QJsonValue result = replaced(root, parsePath(path), 0, value);
    return QJsonDocument(result.toObject()).toJson();
}

QStringList errorPaths(const ExchangeReadResult &result)
{
    QStringList paths;
    for (const RuleIssue &issue : result.errors)
        paths << issue.path;
    return paths;
}

} // namespace mestring::core::test
