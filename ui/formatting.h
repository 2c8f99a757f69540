#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace mestring::ui {

/// A date as Danish staff write it: dd-MM-yyyy; empty for a null date.
QString formatDate(const QDate &date);

/// A CPR number shown as DDMMYY-SSSS whether it was stored with or without the dash
/// (replacement numbers too); anything that is not ten characters is shown as stored.
QString formatCpr(const QString &cpr);

/// Whole years from `birthDate` to `today`; nullopt when the birth date is unknown.
std::optional<int> ageOn(const QDate &birthDate, const QDate &today);

} // namespace mestring::ui
