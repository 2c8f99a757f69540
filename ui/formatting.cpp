#include "formatting.h"

namespace mestring::ui {

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString formatCpr(const QString &cpr)
{
    QString compact = cpr.trimmed();
    compact.remove(QLatin1Char('-'));
    if (compact.size() != 10) return cpr;
    return compact.left(6) + QLatin1Char('-') + compact.mid(6);
}

std::optional<int> ageOn(const QDate &birthDate, const QDate &today)
{
    if (!birthDate.isValid() || !today.isValid() || birthDate > today) return std::nullopt;
    int years = today.year() - birthDate.year();
    if (today.month() < birthDate.month()
        || (today.month() == birthDate.month() && today.day() < birthDate.day()))
        --years;
    return years;
}

} // namespace mestring::ui
