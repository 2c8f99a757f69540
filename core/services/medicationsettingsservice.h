#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "core/domain/medication/closeddays.h"
#include "core/domain/medication/medicationsettings.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// A day of the centre's calendar of closed days, as Administration lists it.
struct CalendarDay
{
    QDate date;
    QString reason;
    bool holiday = false; // a public holiday (computed, cannot be removed)
};

/// The centre's medication setup (Administration, Medicin): the closed days it adds to the
/// public holidays, and the dose limits and methadone concentration. Everyone who reads
/// medication reads it; doctors, coordinators and managers change it
/// (Permission::ManageMedicationSettings). A closed day is added or removed only from today on
/// (the past stays as it was planned), and a day a take-home supply was already handed out for
/// cannot be removed.
class MedicationSettingsService : public QObject
{
    Q_OBJECT

public:
    MedicationSettingsService(
        const Database &db, AccessLog &log, const Clock &clock, QObject *parent = nullptr);

    MedicationSettings settings(const Actor &actor) const;
    /// Limits from 1 to 5000 mg (0 or none: no limit); concentration 0 (tablets) to 100 mg/ml.
    void saveSettings(const Actor &actor, const MedicationSettings &settings);

    /// The closed days of `year`: the public holidays and the centre's own, by date.
    std::vector<CalendarDay> closedDays(const Actor &actor, int year) const;
    void addClosedDay(const Actor &actor, const ClosedDay &day);
    void removeClosedDay(const Actor &actor, const QDate &day);
    /// Adds every Saturday and Sunday from today (or 1 January) to 31 December of `year` that
    /// is not closed already. Returns how many were added.
    int addWeekends(const Actor &actor, int year);
    /// The whole calendar (for the services that plan doses).
    ClosedDayCalendar calendar() const;

Q_SIGNALS:
    void settingsChanged();

private:
    void checkAddable(const ClosedDay &day, const ClosedDayCalendar &calendar) const;

    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
