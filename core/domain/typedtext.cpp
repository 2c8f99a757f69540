#include "typedtext.h"

#include <QRegularExpression>

namespace mestring::core {

QDate parseTypedDate(QStringView text, const QDate &today)
{
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})[-./ ](\\d{1,2})[-./ ](\\d{2}|\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"));
    const QString trimmed = text.trimmed().toString();
    QRegularExpressionMatch match = separated.match(trimmed);
    if (!match.hasMatch()) match = compact.match(trimmed);
    if (!match.hasMatch()) return {};
    const int day = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    int year = match.captured(3).toInt();
    if (match.captured(3).size() == 2) {
        year += (today.year() / 100) * 100;
        if (year > today.year() + 10) year -= 100;
    }
    return QDate(year, month, day);
}

QTime parseTypedTime(QStringView text)
{
    // "13:00", "13.00", "13,00" and "13 00"; "1300", "930"; "13" and "9" are whole hours.
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[:., ](\\d{2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{1,2}?)(\\d{2})$"));
    static const QRegularExpression hour(QStringLiteral("^(\\d{1,2})$"));
    const QString trimmed = text.trimmed().toString();
    for (const QRegularExpression *pattern : {&separated, &compact}) {
        const QRegularExpressionMatch match = pattern->match(trimmed);
        if (match.hasMatch() && !match.captured(1).isEmpty())
            return QTime(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (const QRegularExpressionMatch match = hour.match(trimmed); match.hasMatch())
        return QTime(match.captured(1).toInt(), 0);
    return {};
}

} // namespace mestring::core
