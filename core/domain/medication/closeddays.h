#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include "core/domain/closedday.h"

namespace mestring::core {

/// A Danish public holiday (helligdag) on which the centre does not dispense.
struct Holiday
{
    QDate date;
    QString name; // translated ("Langfredag")
};

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus).
QDate easterSunday(int year);

/// The Danish public holidays of `year` in date order: Nytårsdag, Skærtorsdag, Langfredag,
/// Påskedag, 2. påskedag, Store bededag (only up to 2023: abolished from 2024), Kristi
/// himmelfartsdag, Pinsedag, 2. pinsedag, Juledag and 2. juledag.
std::vector<Holiday> danishHolidays(int year);

/// The centre's calendar of closed days (lukkedage): the Danish public holidays of every year
/// plus the days the centre has added. Doses scheduled on a closed day are handed out on the
/// last open day before it, and a closed day is never counted as missed (domain.md).
class ClosedDayCalendar
{
public:
    /// The public holidays only.
    ClosedDayCalendar() = default;
    /// The public holidays and the centre's own days (any order; invalid dates are ignored).
    explicit ClosedDayCalendar(std::vector<ClosedDay> centreDays);

    bool isClosed(const QDate &day) const;
    /// Why the day is closed: the holiday's name or the centre's reason; empty when open.
    QString reason(const QDate &day) const;
    /// The number of consecutive closed days from `first` on (0 when `first` is open). Never
    /// more than maxClosedRun, so a centre that closes for a month still gets a bounded supply.
    int closedRunFrom(const QDate &first) const;
    /// Every closed day in [from, to] with its reason, in date order.
    std::vector<ClosedDay> between(const QDate &from, const QDate &to) const;

    const std::vector<ClosedDay> &centreDays() const { return m_centre; }

    /// A take-home supply never runs over more closed days in a row than this.
    static constexpr int maxClosedRun = 13;

private:
    const ClosedDay *centreDay(const QDate &day) const;

    std::vector<ClosedDay> m_centre; // by date
};

} // namespace mestring::core
