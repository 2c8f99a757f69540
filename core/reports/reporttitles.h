#pragma once

#include <QString>
#include <QStringView>

#include "breakdown.h"
#include "reportdocument.h"

namespace mestring::core {

// The words staff read for the effect report's indicator ids, breakdown keys, dimensions and
// groups (domain.md sections 3 and 7), in one place for the Rapporter page, its charts, the
// printed reports and the spreadsheets. Translated (Danish by default).

/// "Andel alkoholforløb med succes" for `alcohol_success_rate`; the id itself when unknown.
QString indicatorTitle(QStringView id);
/// "Stofforløb" for `drug`, "Selvforvaltning" for `self_management`, "1-30 dage" for
/// `buckets.1-30`, "Alkohol: rådgivning → introduktion" for `alcohol.advice_to_intro`;
/// empty for an empty key; the key itself when unknown.
QString breakdownTitle(QStringView key);
/// What the indicator counts, in plain words for a committee (the printed appendix); empty
/// for an unknown id.
QString indicatorDefinition(QStringView id);
/// Whether the indicator's value is a share shown as a percentage (a rate), not a count.
bool indicatorIsRate(QStringView id);

/// "Hjemkommune" for `municipality`.
QString dimensionTitle(ReportDimension dimension);
/// A group as staff read it: the staff member's name (`name`) for `responsible`, "SEL § 101"
/// for a legal basis, "25-34 år" for an age band, "Intet team" for the empty team.
QString groupTitle(ReportDimension dimension, const QString &key, const QString &name = {});
/// A period as reports name it: "01-01-2025 – 31-03-2025".
QString periodTitle(const QDate &from, const QDate &to);

/// "Forrige periode", "Samme periode sidste år".
QString compareTitle(CompareMode mode);
/// A column's heading for the comparison: "Forrige periode", "Sidste år".
QString compareColumnTitle(CompareMode mode);

} // namespace mestring::core
