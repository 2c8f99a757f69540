#include "closeddays.h"

#include <algorithm>

#include <QCoreApplication>

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// Store bededag was abolished by law from 2024.
constexpr int lastGeneralPrayerDay = 2023;

// The holiday on `day` by its offset from Easter Sunday or its fixed date; empty when none.
QString holidayName(const QDate &day)
{
    // One conversion to year, month and day: the list asks this of every day of its history.
    int year = 0, month = 0, dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    if (month == 1 && dayOfMonth == 1) return tr("New Year's Day");
    if (month == 12 && dayOfMonth == 25) return tr("Christmas Day");
    if (month == 12 && dayOfMonth == 26) return tr("Boxing Day");
    // Every movable holiday lies between Maundy Thursday (from 19 March) and Whit Monday (up
    // to 14 June): other days are answered without the computus.
    if (month < 3 || month > 6) return {};
    switch (easterSunday(year).daysTo(day)) {
    case -3:
        return tr("Maundy Thursday");
    case -2:
        return tr("Good Friday");
    case 0:
        return tr("Easter Sunday");
    case 1:
        return tr("Easter Monday");
    case 26:
        return year <= lastGeneralPrayerDay ? tr("General Prayer Day") : QString();
    case 39:
        return tr("Ascension Day");
    case 49:
        return tr("Whit Sunday");
    case 50:
        return tr("Whit Monday");
    default:
        return {};
    }
}

} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

std::vector<Holiday> danishHolidays(int year)
{
    const QDate easter = easterSunday(year);
    std::vector<QDate> days = {QDate(year, 1, 1), easter.addDays(-3), easter.addDays(-2), easter,
        easter.addDays(1), easter.addDays(26), easter.addDays(39), easter.addDays(49),
        easter.addDays(50), QDate(year, 12, 25), QDate(year, 12, 26)};
    std::vector<Holiday> result;
    for (const QDate &day : days) {
        const QString name = holidayName(day);
        if (!name.isEmpty()) result.push_back({day, name});
    }
    return result;
}

ClosedDayCalendar::ClosedDayCalendar(std::vector<ClosedDay> centreDays)
    : m_centre(std::move(centreDays))
{
    std::erase_if(m_centre, [](const ClosedDay &d) { return !d.date.isValid(); });
    std::sort(m_centre.begin(), m_centre.end(),
        [](const ClosedDay &a, const ClosedDay &b) { return a.date < b.date; });
}

const ClosedDay *ClosedDayCalendar::centreDay(const QDate &day) const
{
    const auto it = std::lower_bound(m_centre.begin(), m_centre.end(), day,
        [](const ClosedDay &d, const QDate &value) { return d.date < value; });
    return it != m_centre.end() && it->date == day ? &*it : nullptr;
}

bool ClosedDayCalendar::isClosed(const QDate &day) const
{
    return day.isValid() && (centreDay(day) || !holidayName(day).isEmpty());
}

QString ClosedDayCalendar::reason(const QDate &day) const
{
    if (!day.isValid()) return {};
    const QString holiday = holidayName(day);
    if (!holiday.isEmpty()) return holiday;
    const ClosedDay *own = centreDay(day);
    return own ? own->reason : QString();
}

int ClosedDayCalendar::closedRunFrom(const QDate &first) const
{
    int run = 0;
    while (run < maxClosedRun && isClosed(first.addDays(run)))
        ++run;
    return run;
}

std::vector<ClosedDay> ClosedDayCalendar::between(const QDate &from, const QDate &to) const
{
    std::vector<ClosedDay> result;
    if (!from.isValid() || !to.isValid()) return result;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (isClosed(day)) result.push_back({day, reason(day)});
    }
    return result;
}

} // namespace mestring::core
