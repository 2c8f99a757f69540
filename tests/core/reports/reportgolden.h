#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

#include "core/reports/effectreport.h"
#include "core/reports/reportdocument.h"
#include "core/storage/database.h"

namespace mestring::test {

/// Where `actual` differs from `expected`, one line per difference with its JSON path
/// ("indicators.no_show_rate.drug.value: expected 0.25, got 0.5"); missing and extra keys
/// included. Numbers agree within 1e-9 (hand-written expectations round 2/3).
QStringList jsonDifferences(
    const QJsonValue &expected, const QJsonValue &actual, const QString &path = {});

/// As jsonDifferences, but a key `expected` leaves out must be empty in `actual`: numbers 0,
/// values null, objects of such (the hand-worked breakdown files list only what was counted).
QStringList sparseDifferences(
    const QJsonValue &expected, const QJsonValue &actual, const QString &path = {});

/// A file under tests/data/reports/.
QByteArray reportTestFile(const QString &name);

/// Imports tests/data/reports/<name>.json into `db` (the test fails when it is refused).
void importReportFixture(const core::Database &db, const QString &name);

/// Imports <name>.json into a fresh database, computes the report for the period of
/// <name>.expected.json and checks the JSON against it, listing every difference.
void checkGoldenReport(const QString &name);

/// Imports <fixture>.json into a fresh database, computes the report `request` asks for and
/// checks the JSON against <expected>.expected.json with sparseDifferences.
void checkGoldenDocument(
    const QString &fixture, const QString &expected, const core::ReportRequest &request);

} // namespace mestring::test
