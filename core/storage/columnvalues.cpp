#include "columnvalues.h"

namespace mestring::core {

QVariant instantValue(const QDateTime &dateTime)
{
    if (!dateTime.isValid()) return {};
    QDateTime withOffset = dateTime;
    if (dateTime.timeSpec() == Qt::LocalTime || dateTime.timeSpec() == Qt::TimeZone)
        withOffset = dateTime.toOffsetFromUtc(dateTime.offsetFromUtc());
    const bool wholeSecond = withOffset.time().msec() == 0;
    return withOffset.toString(wholeSecond ? Qt::ISODate : Qt::ISODateWithMs);
}

QVariant timeValue(const QTime &time)
{
    if (!time.isValid()) return {};
    if (time.msec() != 0) return time.toString(Qt::ISODateWithMs);
    return time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

QTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace mestring::core
