#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "core/demo/demogenerator.h"
#include "core/domain/indicatorids.h"
#include "core/exchange/exchangereader.h"
#include "core/reports/reportengine.h"
#include "core/reports/reportjson.h"
#include "core/reports/reportrows.h"
#include "core/storage/datasetstore.h"
#include "core/storage/transaction.h"
#include "groupsubset.h"
#include "reportgolden.h"
#include "support/testdatabase.h"

// Each group of a breakdown holds exactly what the report gives on that group's records alone
// (domain.md section 7): for every dimension and every group, a database holding only the
// group's courses (or, for the client-based indicators, its clients) gives the same numbers.

using namespace mestring::core;
using namespace mestring::test;

namespace {

void store(const Database &db, const Dataset &data)
{
    Transaction t(db);
    insertDataset(db, data);
    t.commit();
}

QJsonObject indicatorsOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("indicators")).toObject();
}

QJsonObject reportAlone(const Dataset &data, QDate from, QDate to)
{
    TestDatabase db;
    store(db, data);
    return indicatorsOf(effectReportJson(computeEffectReport(db, from, to)));
}

// Every group key the dataset has under `dimension`, for courses and (on `to` and `comparedTo`)
// for clients.
QSet<QString> groupKeys(const Dataset &data, ReportDimension dimension, QDate to, QDate comparedTo)
{
    QSet<QString> keys;
    for (const Course &c : data.courses)
        keys.insert(courseGroupOf(data, c, dimension));
    if (splitsClients(dimension)) {
        for (const Client &c : data.clients) {
            keys.insert(clientGroupOf(c, dimension, to));
            keys.insert(clientGroupOf(c, dimension, comparedTo));
        }
    }
    return keys;
}

// Checks one group's indicators (absent from the document: nothing counted) for [from, to].
void checkGroup(const Dataset &data, ReportDimension dimension, const QString &key,
    const QJsonObject &actual, bool present, QDate from, QDate to)
{
    const QJsonObject courses = reportAlone(
        coursesOnly(data, [&](const Course &c) { return courseGroupOf(data, c, dimension) == key; }),
        from, to);
    const QJsonObject clients = splitsClients(dimension)
        ? reportAlone(clientsOnly(data,
                          [&](const Client &c) { return clientGroupOf(c, dimension, to) == key; }),
              from, to)
        : QJsonObject();
    const QJsonObject nothing = indicatorsOf(effectReportJson(EffectReport {from, to}));
    for (const IndicatorInfo &info : indicators) {
        const QString id = indicatorIdView(info.id).toString();
        INFO(id.toStdString());
        if (!splitsUnder(id, dimension)) {
            CHECK_FALSE(actual.contains(id)); // client-based: left out under this dimension
            continue;
        }
        const QJsonValue expected = (info.clientBased ? clients : courses).value(id);
        if (!present) {
            CHECK(jsonDifferences(nothing.value(id), expected).isEmpty());
            continue;
        }
        const QStringList differences = jsonDifferences(expected, actual.value(id));
        INFO(differences.join(QLatin1Char('\n')).toStdString());
        CHECK(differences.isEmpty());
    }
}

void checkGroupsAlone(const Dataset &data, QDate from, QDate to)
{
    TestDatabase db;
    store(db, data);
    ReportRequest request {from, to, {}, CompareMode::LastYear};
    for (ReportDimension dimension : enumValues<ReportDimension>())
        request.by.push_back(dimension);
    const ReportDocument document = computeReportDocument(db, request);
    const auto [comparedFrom, comparedTo] = comparisonPeriod(from, to, CompareMode::LastYear);
    REQUIRE(document.breakdowns.size() == request.by.size());
    for (const ReportBreakdown &breakdown : document.breakdowns) {
        ReportDocument one = document;
        one.breakdowns = {breakdown};
        const QJsonObject groups = QJsonDocument::fromJson(reportDocumentJson(one))
                                       .object()
                                       .value(QStringLiteral("groups"))
                                       .toObject();
        const QSet<QString> keys = groupKeys(data, breakdown.dimension, to, comparedTo);
        for (const QString &key : groups.keys())
            CHECK(keys.contains(key));
        for (const QString &key : keys) {
            INFO(enumCode(breakdown.dimension).toStdString() << " group '" << key.toStdString()
                                                            << "'");
            const QJsonObject group = groups.value(key).toObject();
            const bool present = groups.contains(key);
            checkGroup(data, breakdown.dimension, key,
                group.value(QStringLiteral("indicators")).toObject(), present, from, to);
            checkGroup(data, breakdown.dimension, key,
                group.value(QStringLiteral("compare"))
                    .toObject()
                    .value(QStringLiteral("indicators"))
                    .toObject(),
                present, comparedFrom, comparedTo);
        }
    }
}

Dataset fixture(const QString &name)
{
    const ExchangeReadResult read = readExchange(reportTestFile(name + QStringLiteral(".json")));
    REQUIRE(read.ok());
    return read.dataset;
}

} // namespace

TEST_CASE("Every group of every breakdown of a golden fixture counts what its records alone give",
    "[core][reports][breakdown]")
{
    const auto name = GENERATE(as<QString> {}, QStringLiteral("courses"),
        QStringLiteral("medication"), QStringLiteral("contacts"), QStringLiteral("outcomes"));
    INFO(name.toStdString());
    const QJsonObject period = QJsonDocument::fromJson(reportTestFile(name + QStringLiteral(".expected.json")))
                                   .object()
                                   .value(QStringLiteral("period"))
                                   .toObject();
    checkGroupsAlone(fixture(name),
        QDate::fromString(period.value(QStringLiteral("from")).toString(), Qt::ISODate),
        QDate::fromString(period.value(QStringLiteral("to")).toString(), Qt::ISODate));
}

TEST_CASE("Every group of every breakdown of a generated centre counts what its records alone "
          "give, this year and last",
    "[core][reports][breakdown]")
{
    checkGroupsAlone(
        generateDemo(DemoSize::Small, 42, QDate(2025, 6, 11)), QDate(2024, 4, 1), QDate(2025, 3, 31));
}
