#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace mestring::core {

/// The centre's clock: what time and which day it is in Europe/Copenhagen, whatever the time
/// zone of the PC (terminal servers often run UTC). Composition roots own one (ServiceSet) and
/// hand it to whatever needs "now" or "today"; tests set it to a fixed instant. The static
/// helpers convert between instants and the centre's wall-clock time and need no clock.
class Clock
{
public:
    /// The wall clock.
    Clock() = default;
    /// A clock standing still at `now` (tests, demos); set() moves it.
    explicit Clock(const QDateTime &now);

    /// The current instant in centre time.
    QDateTime now() const;
    /// The centre's calendar date now.
    QDate today() const;

    /// Stops the clock at `now` (any zone; an invalid value restarts the wall clock).
    void set(const QDateTime &now);
    /// Moves a stopped clock on by `seconds`.
    void advance(qint64 seconds);
    bool isFixed() const { return m_fixed.has_value(); }

    /// Europe/Copenhagen.
    static QTimeZone zone();
    /// Whether the PC has the zone's rules (tzdata); without them times would be wrong.
    static bool zoneAvailable();
    /// What the program and the CLI say, and then stop, when the zone is not available.
    static QString zoneMissingMessage();
    /// `instant` shown in centre time (the same instant); invalid stays invalid.
    static QDateTime centreTime(const QDateTime &instant);
    /// The centre calendar date of `instant`.
    static QDate centreDate(const QDateTime &instant);
    /// The instant a centre wall clock shows `time` on `date`. A time skipped when summer time
    /// starts (02:30 on the last Sunday of March) is read with the winter offset, so it lands
    /// an hour later (03:30); a time that occurs twice (the last Sunday of October) means its
    /// first occurrence (summer time).
    static QDateTime at(const QDate &date, const QTime &time);
    /// Midnight starting `date` in the centre.
    static QDateTime startOfDay(const QDate &date) { return at(date, QTime(0, 0)); }

private:
    std::optional<QDateTime> m_fixed;
};

} // namespace mestring::core
