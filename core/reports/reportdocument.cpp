#include "reportdocument.h"

namespace mestring::core {

bool isWholeMonths(QDate from, QDate to)
{
    return from.isValid() && to.isValid() && from <= to && from.day() == 1
        && to.day() == to.daysInMonth();
}

namespace {

// The same day a year earlier; 29 February becomes 28 February.
QDate yearBefore(QDate day)
{
    if (day.month() == 2 && day.day() == 29) return QDate(day.year() - 1, 2, 28);
    return QDate(day.year() - 1, day.month(), day.day());
}

} // namespace

std::pair<QDate, QDate> comparisonPeriod(QDate from, QDate to, CompareMode mode)
{
    if (mode == CompareMode::LastYear) return {yearBefore(from), yearBefore(to)};
    if (isWholeMonths(from, to)) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        return {from.addMonths(-months), from.addDays(-1)};
    }
    const qint64 days = from.daysTo(to) + 1;
    return {from.addDays(-days), from.addDays(-1)};
}

} // namespace mestring::core
