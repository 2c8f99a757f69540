#include "exchangedates.h"

#include <array>

#include "core/domain/clock.h"

namespace mestring::core::exchange {

namespace {

// Parses exactly `count` ASCII digits at `pos` (QChar::isDigit would also take other scripts).
bool readDigits(QStringView text, qsizetype pos, int count, int *out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    *out = value;
    return true;
}

// Reads "+HH:MM", "-HH:MM" or "Z" as the whole of `text`; offsets beyond +-14:00 do not exist.
Parsed<int> parseOffset(QStringView text)
{
    if (text == u"Z")
        return {0, TextStatus::Ok};
    int hours = 0;
    int minutes = 0;
    if (text.size() != 6 || (text[0] != u'+' && text[0] != u'-') || text[3] != u':'
        || !readDigits(text, 1, 2, &hours) || !readDigits(text, 4, 2, &minutes))
        return {0, TextStatus::Malformed};
    const int seconds = hours * 3600 + minutes * 60;
    if (minutes > 59 || seconds > 14 * 3600)
        return {0, TextStatus::Impossible};
    return {text[0] == u'-' ? -seconds : seconds, TextStatus::Ok};
}

constexpr std::array<char16_t[4], 7> weekdayCodes{u"mon", u"tue", u"wed", u"thu",
                                                  u"fri", u"sat", u"sun"};

} // namespace

Parsed<QDate> parseDate(QStringView text)
{
    int y = 0;
    int m = 0;
    int d = 0;
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-' || !readDigits(text, 0, 4, &y)
        || !readDigits(text, 5, 2, &m) || !readDigits(text, 8, 2, &d))
        return {QDate(), TextStatus::Malformed};
    const QDate date(y, m, d);
    if (!date.isValid())
        return {QDate(), TextStatus::Impossible};
    return {date, TextStatus::Ok};
}

Parsed<QDateTime> parseDateTime(QStringView text)
{
    // Fixed part: YYYY-MM-DDTHH:MM:SS (19 characters), then fraction and offset.
    if (text.size() < 20 || text[10] != u'T')
        return {QDateTime(), TextStatus::Malformed};
    const Parsed<QDate> date = parseDate(text.first(10));
    int h = 0;
    int min = 0;
    int s = 0;
    if (date.status == TextStatus::Malformed || text[13] != u':' || text[16] != u':'
        || !readDigits(text, 11, 2, &h) || !readDigits(text, 14, 2, &min)
        || !readDigits(text, 17, 2, &s))
        return {QDateTime(), TextStatus::Malformed};
    qsizetype pos = 19;
    int ms = 0;
    if (text[pos] == u'.') {
        qsizetype digits = 0;
        while (pos + 1 + digits < text.size() && text[pos + 1 + digits].isDigit() && digits < 4)
            ++digits;
        int fraction = 0;
        if (digits < 1 || digits > 3 || !readDigits(text, pos + 1, int(digits), &fraction))
            return {QDateTime(), TextStatus::Malformed};
        ms = fraction * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
        pos += 1 + digits;
    }
    const Parsed<int> offset = parseOffset(text.sliced(pos));
    if (offset.status == TextStatus::Malformed)
        return {QDateTime(), TextStatus::Malformed};
    const QTime time(h, min, s, ms);
    if (date.status != TextStatus::Ok || !time.isValid() || offset.status != TextStatus::Ok)
        return {QDateTime(), TextStatus::Impossible};
    return {QDateTime(date.value, time, Qt::OffsetFromUTC, offset.value), TextStatus::Ok};
}

Parsed<QTime> parseTimeOfDay(QStringView text)
{
    int h = 0;
    int m = 0;
    if (text.size() != 5 || text[2] != u':' || !readDigits(text, 0, 2, &h)
        || !readDigits(text, 3, 2, &m))
        return {QTime(), TextStatus::Malformed};
    const QTime time(h, m);
    if (!time.isValid())
        return {QTime(), TextStatus::Impossible};
    return {time, TextStatus::Ok};
}

QString formatDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString formatDateTime(const QDateTime &dateTime)
{
    // Always with the centre's offset (+01:00 or +02:00), whatever the value came with.
    const QDateTime local = Clock::centreTime(dateTime);
    const int offset = local.offsetFromUtc();
    const QTime time = local.time();
    QString text = formatDate(local.date()) + QLatin1Char('T')
        + time.toString(time.msec() != 0 ? QStringLiteral("HH:mm:ss.zzz")
                                         : QStringLiteral("HH:mm:ss"));
    const int absolute = offset < 0 ? -offset : offset;
    text += QLatin1Char(offset < 0 ? '-' : '+')
        + QStringLiteral("%1:%2")
              .arg(absolute / 3600, 2, 10, QLatin1Char('0'))
              .arg(absolute % 3600 / 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString formatTimeOfDay(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString weekdayCode(int dayOfWeek)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return QString();
    return QString::fromUtf16(weekdayCodes[std::size_t(dayOfWeek - 1)]);
}

int parseWeekday(QStringView code)
{
    for (std::size_t i = 0; i < weekdayCodes.size(); ++i) {
        if (code == QStringView(weekdayCodes[i]))
            return int(i) + 1;
    }
    return 0;
}

} // namespace mestring::core::exchange
