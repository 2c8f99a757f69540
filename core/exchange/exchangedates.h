#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

// The strict text forms of dates and times in the interchange file (docs/interchange.md).
namespace mestring::core::exchange {

enum class TextStatus { Ok, Malformed, Impossible };

template<typename T>
struct Parsed
{
    T value;
    TextStatus status = TextStatus::Malformed;
};

/// "2025-01-17" exactly: four-digit year, two-digit month and day, a day that exists.
Parsed<QDate> parseDate(QStringView text);
/// "2025-01-17T10:00:00+01:00", optional ".sss" (1-3 digits) and "Z" for UTC. The result keeps
/// the offset (Qt::OffsetFromUTC; Qt turns offset 0 into Qt::UTC).
Parsed<QDateTime> parseDateTime(QStringView text);
/// "09:30": a time of day, hours 00-23.
Parsed<QTime> parseTimeOfDay(QStringView text);

QString formatDate(const QDate &date);
/// Danish date and time of the instant (Europe/Copenhagen), then its offset "+01:00" or
/// "+02:00"; the milliseconds only when not zero, so whole-second values stay short.
QString formatDateTime(const QDateTime &dateTime);
QString formatTimeOfDay(const QTime &time);

/// "mon" .. "sun" for 1 (Monday) .. 7 (Sunday), as QDate::dayOfWeek() counts.
QString weekdayCode(int dayOfWeek);
/// 1 .. 7, or 0 when the text is not one of the codes.
int parseWeekday(QStringView code);

} // namespace mestring::core::exchange
