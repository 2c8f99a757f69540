#include "reportgolden.h"

#include <catch2/catch.hpp>

#include <cmath>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/domain/clock.h"
#include "core/exchange/importservice.h"
#include "core/reports/reportjson.h"
#include "core/services/accesslog.h"
#include "core/services/reportservice.h"
#include "support/testdatabase.h"

namespace mestring::test {

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isUndefined()) return QStringLiteral("(missing)");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isNull()) return QStringLiteral("null");
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QLatin1Char('"') + v.toString() + QLatin1Char('"');
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

QStringList jsonDifferences(
    const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isObject() && actual.isObject()) {
        QStringList out;
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            out += jsonDifferences(it.value(), a.value(it.key()), join(path, it.key()));
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                out += join(path, it.key()) + QStringLiteral(": unexpected, got ")
                    + shown(it.value());
        }
        return out;
    }
    if (expected.isArray() && actual.isArray()) {
        QStringList out;
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
            out += jsonDifferences(i < e.size() ? e.at(i) : QJsonValue(QJsonValue::Undefined),
                i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined),
                path + QStringLiteral("[%1]").arg(i));
        }
        return out;
    }
    bool same = expected.type() == actual.type();
    if (same && expected.isDouble()) {
        const double e = expected.toDouble();
        same = std::fabs(e - actual.toDouble()) <= 1e-9 * std::max(1.0, std::fabs(e));
    } else if (same && !expected.isObject() && !expected.isArray()) {
        same = expected == actual;
    }
    if (same) return {};
    return {path + QStringLiteral(": expected ") + shown(expected) + QStringLiteral(", got ")
        + shown(actual)};
}

namespace {

QStringList emptinessDifferences(const QJsonValue &actual, const QString &path)
{
    if (actual.isObject()) {
        QStringList out;
        const QJsonObject a = actual.toObject();
        for (auto it = a.begin(); it != a.end(); ++it)
            out += emptinessDifferences(it.value(), join(path, it.key()));
        return out;
    }
    if (actual.isNull() || (actual.isDouble() && actual.toDouble() == 0.0)) return {};
    return {path + QStringLiteral(": expected nothing counted, got ") + shown(actual)};
}

} // namespace

QStringList sparseDifferences(
    const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (!expected.isObject() || !actual.isObject()) return jsonDifferences(expected, actual, path);
    QStringList out;
    const QJsonObject e = expected.toObject();
    const QJsonObject a = actual.toObject();
    for (auto it = e.begin(); it != e.end(); ++it)
        out += sparseDifferences(it.value(), a.value(it.key()), join(path, it.key()));
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!e.contains(it.key())) out += emptinessDifferences(it.value(), join(path, it.key()));
    }
    return out;
}

QByteArray reportTestFile(const QString &name)
{
    QFile file(QStringLiteral(MESTRING_TEST_DATA "/reports/") + name);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot read tests/data/reports/" << name.toStdString());
    return file.readAll();
}

void importReportFixture(const core::Database &db, const QString &name)
{
    core::Clock clock;
    core::AccessLog log(db, clock);
    const core::ImportResult result = core::ImportService(db, log).importDocument(
        core::Actor::system(), reportTestFile(name + QStringLiteral(".json")));
    QStringList errors;
    for (const core::RuleIssue &issue : result.errors)
        errors += issue.path + QStringLiteral(": ") + issue.message;
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.ok());
}

namespace {

QJsonObject expectedFile(const QString &expected)
{
    QJsonParseError error {};
    const QJsonDocument wanted = QJsonDocument::fromJson(
        reportTestFile(expected + QStringLiteral(".expected.json")), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return wanted.object();
}

// Checks the report `json` against <expected>.expected.json with `differ`.
void checkAgainst(const QString &expected, const QJsonObject &wanted, const QByteArray &json,
    QStringList (*differ)(const QJsonValue &, const QJsonValue &, const QString &))
{
    QJsonParseError error {};
    const QJsonDocument actual = QJsonDocument::fromJson(json, &error);
    INFO(json.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    const QStringList differences = differ(wanted, actual.object(), QString());
    INFO("differences from " << expected.toStdString() << ".expected.json:\n"
                             << differences.join(QLatin1Char('\n')).toStdString());
    CHECK(differences.isEmpty());
}

} // namespace

void checkGoldenReport(const QString &name)
{
    TestDatabase db;
    importReportFixture(db, name);
    const QJsonObject wanted = expectedFile(name);
    const QJsonObject period = wanted.value(QStringLiteral("period")).toObject();
    const QDate from
        = QDate::fromString(period.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(period.value(QStringLiteral("to")).toString(), Qt::ISODate);
    const core::EffectReport report
        = core::ReportService(db).effectReport(core::Actor::system(), from, to);
    checkAgainst(name, wanted, core::effectReportJson(report), jsonDifferences);
}

void checkGoldenDocument(
    const QString &fixture, const QString &expected, const core::ReportRequest &request)
{
    TestDatabase db;
    importReportFixture(db, fixture);
    checkAgainst(expected, expectedFile(expected),
        core::reportDocumentJson(core::ReportService(db).report(core::Actor::system(), request)),
        sparseDifferences);
}

} // namespace mestring::test
