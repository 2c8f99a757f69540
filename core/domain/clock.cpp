#include "clock.h"

#include <QCoreApplication>

namespace mestring::core {

Clock::Clock(const QDateTime &now)
{
    set(now);
}

QDateTime Clock::now() const
{
    return centreTime(m_fixed ? *m_fixed : QDateTime::currentDateTimeUtc());
}

QDate Clock::today() const
{
    return now().date();
}

void Clock::set(const QDateTime &now)
{
    if (now.isValid())
        m_fixed = now.toUTC();
    else
        m_fixed.reset();
}

void Clock::advance(qint64 seconds)
{
    if (m_fixed) m_fixed = m_fixed->addSecs(seconds);
}

QTimeZone Clock::zone()
{
    static const QTimeZone copenhagen(QByteArrayLiteral("Europe/Copenhagen"));
    return copenhagen;
}

bool Clock::zoneAvailable()
{
    return zone().isValid();
}

QString Clock::zoneMissingMessage()
{
    return QCoreApplication::translate("mestring",
        "The time zone Europe/Copenhagen is missing on this computer, so every time would be "
        "shown wrong. Ask IT to install the time zone data (the Debian package tzdata) and start "
        "again.");
}

QDateTime Clock::centreTime(const QDateTime &instant)
{
    return instant.isValid() ? instant.toTimeZone(zone()) : QDateTime();
}

QDate Clock::centreDate(const QDateTime &instant)
{
    return centreTime(instant).date();
}

QDateTime Clock::at(const QDate &date, const QTime &time)
{
    if (!date.isValid() || !time.isValid()) return {};
    const QDateTime wall(date, time, zone());
    if (!wall.isValid()) {
        // In the spring gap: read with the offset in force just before it.
        const QDateTime before = QDateTime(date, time, QTimeZone::utc()).addSecs(-86400);
        const int offset = zone().offsetFromUtc(before);
        return centreTime(QDateTime(date, time, QTimeZone(offset)));
    }
    // Qt picks the later of two equal wall times; staff mean the first one.
    const QDateTime earlier = wall.addSecs(-3600);
    if (earlier.date() == date && earlier.time() == time) return earlier;
    return wall;
}

} // namespace mestring::core
