#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/exchange/exchangereader.h"
#include "core/exchange/exchangewriter.h"
#include "exchangetestdata.h"
#include "support/sampledataset.h"

using namespace mestring::core;
using namespace mestring::core::test;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + ']').array().at(0);
}

// The sample centre with one value of its first FIT rating replaced.
QStringList pathsAfterSetting(const char *path, const QJsonValue &value)
{
    const QByteArray sample = writeExchange(mestring::test::sampleDataset());
    return errorPaths(readExchange(withValueAt(sample, QString::fromLatin1(path), value)));
}

} // namespace

TEST_CASE("FIT items are written as numbers with one decimal and read back in tenths",
    "[core][exchange][fit]")
{
    const QByteArray written = writeExchange(mestring::test::sampleDataset());
    CHECK(written.contains("\"items\": [4.2, 5.5, 6.1, 5]"));
    CHECK(written.contains("\"scale\": \"srs\""));
    const ExchangeReadResult read = readExchange(written);
    REQUIRE(read.ok());
    CHECK(read.dataset.feedback.front().items == std::array<int, 4> {42, 55, 61, 50});
    CHECK(read.dataset.feedback.front().total() == 208);
}

TEST_CASE("A FIT item with more than one decimal is refused at its place", "[core][exchange][fit]")
{
    CHECK(pathsAfterSetting("feedback[0].items", json("[4.25, 5, 6, 5]"))
        == QStringList {QStringLiteral("feedback[0].items[0]")});
    CHECK(pathsAfterSetting("feedback[0].items", json("[4, 5, \"6\", 5]"))
        == QStringList {QStringLiteral("feedback[0].items[2]")});
}

TEST_CASE("A FIT rating with other than four items, or none, is refused", "[core][exchange][fit]")
{
    CHECK(pathsAfterSetting("feedback[0].items", json("[4, 5, 6]"))
        == QStringList {QStringLiteral("feedback[0].items")});
    CHECK(pathsAfterSetting("feedback[0].items", json("[4, 5, 6, 7, 8]"))
        == QStringList {QStringLiteral("feedback[0].items")});
    CHECK(pathsAfterSetting("feedback[0].items", QJsonValue(QJsonValue::Undefined))
        == QStringList {QStringLiteral("feedback[0].items")});
}

TEST_CASE("Unknown codes and fields of the new lists are refused", "[core][exchange][fit]")
{
    CHECK(pathsAfterSetting("feedback[0].scale", json("\"ors2\""))
        == QStringList {QStringLiteral("feedback[0].scale")});
    CHECK(pathsAfterSetting("waiting_lists[0].offer", json("\"dentist\""))
        == QStringList {QStringLiteral("waiting_lists[0].offer")});
    CHECK(pathsAfterSetting("waiting_lists[2].taken_off_reason", json("\"moved\""))
        == QStringList {QStringLiteral("waiting_lists[2].taken_off_reason")});
    CHECK(pathsAfterSetting("registry_reports[0].event", json("\"end\""))
        == QStringList {QStringLiteral("registry_reports[0].event")});
    CHECK(pathsAfterSetting("registry_reports[0].phone", json("\"x\""))
        == QStringList {QStringLiteral("registry_reports[0].phone")});
    CHECK(pathsAfterSetting("registry_reports[0].reported_on", QJsonValue(QJsonValue::Undefined))
        == QStringList {QStringLiteral("registry_reports[0].reported_on")});
}

TEST_CASE("The new lists are written after the notes, and only when they hold records",
    "[core][exchange][fit]")
{
    const QByteArray written = writeExchange(mestring::test::sampleDataset());
    const qsizetype notes = written.indexOf("\"notes\": [");
    const qsizetype feedback = written.indexOf("\"feedback\": [");
    const qsizetype waiting = written.indexOf("\"waiting_lists\": [");
    const qsizetype registry = written.indexOf("\"registry_reports\": [");
    CHECK(notes < feedback);
    CHECK(feedback < waiting);
    CHECK(waiting < registry);

    Dataset without = mestring::test::sampleDataset();
    without.feedback.clear();
    without.waitingLists.clear();
    without.registryReports.clear();
    const QByteArray plain = writeExchange(without);
    CHECK_FALSE(plain.contains("\"feedback\""));
    CHECK_FALSE(plain.contains("\"waiting_lists\""));
    CHECK_FALSE(plain.contains("\"registry_reports\""));
}
