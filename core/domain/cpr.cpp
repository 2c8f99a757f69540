#include "cpr.h"

#include <array>

#include <QCoreApplication>

namespace mestring::core {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

int digit(QChar c)
{
    return c.unicode() - '0';
}

int twoDigits(QStringView s, qsizetype at)
{
    return digit(s[at]) * 10 + digit(s[at + 1]);
}

// The century table of the CPR office, keyed by the 7th digit (the first of the serial).
int centuryOfSerial(int seventh, int yy)
{
    if (seventh <= 3) return 1900;
    if (seventh == 4 || seventh == 9) return yy <= 36 ? 2000 : 1900;
    return yy <= 57 ? 2000 : 1800;
}

// A replacement number's 7th character marks its kind, not a century, so the CPR table would
// give nonsense (an 1890s birth for "7"). A birth date is never in the future: take the 2000s
// unless that is after today, else the 1900s.
int centuryOfReplacement(int dd, int mm, int yy, const QDate &today)
{
    // A date impossible in the 2000s is impossible in the 1900s too (1900 was no leap year).
    const QDate in2000s(2000 + yy, mm, dd);
    return (!in2000s.isValid() || in2000s <= today) ? 2000 : 1900;
}

Cpr invalid(const QString &error)
{
    Cpr result;
    result.error = error;
    return result;
}

QString formatError()
{
    return QCoreApplication::translate("mestring",
        "A CPR number has 10 digits, written DDMMYY-SSSS or DDMMYYSSSS (a replacement number "
        "has two letters in place of the 8th and 9th digit). Check the number.");
}

// Drops surrounding spaces and the dash after the date, and upper-cases letters.
std::optional<QString> compact(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    QString s;
    if (trimmed.size() == 11 && trimmed[6] == QLatin1Char('-'))
        s = trimmed.left(6).toString() + trimmed.mid(7);
    else if (trimmed.size() == 10)
        s = trimmed.toString();
    else
        return std::nullopt;
    return s.toUpper();
}

} // namespace

bool cprModulus11Ok(QStringView s)
{
    static constexpr std::array<int, 10> weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    if (s.size() != 10) return false;
    int sum = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (!isDigit(s[i])) return false;
        sum += digit(s[i]) * weights[std::size_t(i)];
    }
    return sum % 11 == 0;
}

Cpr parseCpr(QStringView text, const QDate &today)
{
    if (text.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("mestring", "Enter a CPR number."));
    const std::optional<QString> compacted = compact(text);
    if (!compacted) return invalid(formatError());
    const QString &s = *compacted;
    for (qsizetype i = 0; i < 7; ++i) {
        if (!isDigit(s[i])) return invalid(formatError());
    }
    const bool serialDigits = isDigit(s[7]) && isDigit(s[8]);
    const bool replacement = isLetter(s[7]) && isLetter(s[8]);
    if ((!serialDigits && !replacement) || !isDigit(s[9])) return invalid(formatError());

    const int dd = twoDigits(s, 0), mm = twoDigits(s, 2), yy = twoDigits(s, 4);
    const int seventh = digit(s[6]);
    if (replacement && seventh != 0 && seventh != 1 && seventh != 5 && seventh != 6
        && seventh != 7) {
        return invalid(QCoreApplication::translate("mestring",
            "A replacement CPR number must have 0, 1, 5, 6 or 7 as its 7th character. Check "
            "the number."));
    }
    const int century
        = replacement ? centuryOfReplacement(dd, mm, yy, today) : centuryOfSerial(seventh, yy);
    const QDate birth(century + yy, mm, dd);
    if (!birth.isValid()) {
        return invalid(QCoreApplication::translate("mestring",
            "The first six digits of the CPR number are not a real date (DDMMYY). Check the "
            "number."));
    }

    Cpr result;
    result.valid = true;
    result.normalized = s;
    result.birthDate = birth;
    result.sex = digit(s[9]) % 2 == 1 ? Sex::Male : Sex::Female;
    result.isReplacement = replacement;
    result.modulus11Ok = replacement || cprModulus11Ok(s);
    return result;
}

QString normalizedCpr(QStringView text)
{
    const Cpr cpr = parseCpr(text);
    return cpr.valid ? cpr.normalized : text.trimmed().toString();
}

} // namespace mestring::core
