#pragma once

#include <QDate>
#include <QStringView>
#include <QTime>

namespace mestring::core {

/// A date typed the way Danish staff write it: dd-mm-yyyy, also 1-3-2025, 01.03.2025,
/// 01/03/25, 010325 and 01032025. Two-digit years fall in the century nearest `today`, never
/// more than 10 years after it. Null when the text is not a real date.
QDate parseTypedDate(QStringView text, const QDate &today);

/// A time of day typed as staff write it: 13:00, 13.00, 1300, 930, 9:30, 13 (whole hour).
/// Null when the text is not a time of day.
QTime parseTypedTime(QStringView text);

} // namespace mestring::core
