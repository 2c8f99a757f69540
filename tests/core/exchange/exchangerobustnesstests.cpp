#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/exchange/exchangereader.h"
#include "exchangetestdata.h"

using namespace mestring::core;
using namespace mestring::core::test;

namespace {

struct Node
{
    QString path;
    QJsonValue value;
};

void collectNodes(const QJsonValue &value, const QString &path, std::vector<Node> &nodes)
{
    if (!path.isEmpty())
        nodes.push_back({path, value});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectNodes(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                         nodes);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectNodes(array[i], path + QStringLiteral("[%1]").arg(i), nodes);
    }
}

bool within(const QString &errorPath, const QString &changed)
{
    auto inside = [](const QString &inner, const QString &outer) {
        return inner == outer || inner.startsWith(outer + QLatin1Char('.'))
            || inner.startsWith(outer + QLatin1Char('['));
    };
    // An error may also sit on the parent object, e.g. a schedule that lost its only key.
    return !errorPath.isEmpty() && (inside(errorPath, changed) || inside(changed, errorPath));
}

} // namespace

TEST_CASE("Any value of the example replaced by another type is refused at that place or "
          "accepted, never elsewhere",
          "[core][exchange]")
{
    // The example has a consent and a waiting entry here so those shapes are mutated too.
    QByteArray base = withValueAt(
        domainExample(), QStringLiteral("clients[0].consent_share"),
        QJsonDocument::fromJson(R"({"text": "Læge", "date": "2025-01-10"})").object());
    base = withValueAt(
        base, QStringLiteral("groups[0].waiting"),
        QJsonDocument::fromJson(R"([{"course": "k1", "asked_on": "2025-01-20"}])").array());
    REQUIRE(readExchange(base).ok());
    std::vector<Node> nodes;
    collectNodes(QJsonDocument::fromJson(base).object(), QString(), nodes);
    REQUIRE(nodes.size() > 150);
    const std::vector<QJsonValue> replacements{QJsonValue(),       QJsonValue(true),
                                               QJsonValue(2.5),    QJsonValue(-1),
                                               QJsonValue(QStringLiteral("x")), QJsonArray(),
                                               QJsonObject()};
    for (const Node &node : nodes) {
        for (const QJsonValue &replacement : replacements) {
            const ExchangeReadResult result
                = readExchange(withValueAt(base, node.path, replacement));
            const QByteArray shown = QJsonDocument(QJsonArray{replacement}).toJson(
                QJsonDocument::Compact);
            for (const RuleIssue &issue : result.errors) {
                INFO(node.path.toStdString() << " := " << shown.toStdString() << " -> "
                                             << issue.path.toStdString());
                CHECK(within(issue.path, node.path));
            }
            // No field takes an object where the example has something else, nor a list where
            // the example has no list: so every field of the example is type-checked.
            const bool mustFail = (replacement.isObject() && !node.value.isObject())
                || (replacement.isArray() && !node.value.isArray());
            if (mustFail) {
                INFO(node.path.toStdString());
                CHECK_FALSE(result.ok());
            }
        }
    }
}

TEST_CASE("Every truncation of a document is refused as invalid JSON", "[core][exchange]")
{
    const QByteArray example = domainExample().trimmed();
    for (qsizetype length = 0; length < example.size(); ++length) {
        const ExchangeReadResult result = readExchange(example.left(length));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].path.isEmpty());
    }
}

TEST_CASE("Hostile input is refused without crashing", "[core][exchange]")
{
    const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
    const QByteArray deepObject = QByteArray("{\"format\": \"mestring-exchange\", \"version\": 1, "
                                             "\"courses\": ")
        + QByteArray(1000, '[') + QByteArray(1000, ']') + '}';
    const QByteArray input = GENERATE_COPY(
        as<QByteArray>{}, deep, deepObject, QByteArray("{\"format\": 1e400}"),
        QByteArray("{\"a\": \"\xff\xfe\"}"), QByteArray("\0\0\0", 3), QByteArray("{\"format\"}"),
        QByteArray(R"({"format": "mestring-exchange", "version": 1e308})"),
        QByteArray(R"({"format": "mestring-exchange", "version": 1, "staff": [null, 1, "x", []]})"),
        QByteArray(R"({"format": "mestring-exchange", "version": 1,
                      "staff": [{"id": {"id": {}}}]})"));
    const ExchangeReadResult result = readExchange(input);
    CHECK_FALSE(result.ok());
    CHECK(result.dataset.recordCount() == 0);
}

TEST_CASE("Keys with escapes are matched like Qt decodes them", "[core][exchange]")
{
    // "\u0069d" is "id": a second id in the same object, written differently.
    const ExchangeReadResult result = readExchange(R"({"format": "mestring-exchange", "version": 1,
        "staff": [{"id": "s1", "name": "A", "role": "nurse", "\u0069d": "s2"}]})");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].path == QStringLiteral("staff[0].id"));
}
