#include "exchangemessages.h"

#include <QCoreApplication>

namespace mestring::core::exchange {

namespace {

QString translated(const char *sourceText)
{
    return QCoreApplication::translate("mestring", sourceText);
}

} // namespace

// QT_TRANSLATE_NOOP marks each literal for lupdate; translated() above looks it up at run time.
QString msgOneDecimal()
{
    return translated(QT_TRANSLATE_NOOP(
        "mestring", "Expected a number with at most one decimal (a FIT item, e.g. 7.4)."));
}

QString msgFourItems()
{
    return translated(QT_TRANSLATE_NOOP(
        "mestring", "A FIT rating has exactly four items (four numbers from 0 to 10)."));
}

QString msgEmptyDocument()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "The file is empty."));
}

QString msgInvalidJson(const QString &reason, qsizetype line, qsizetype column, qsizetype offset)
{
    return translated(QT_TRANSLATE_NOOP("mestring",
                          "The file is not valid JSON: %1 (line %2, column %3, byte %4)."))
        .arg(reason)
        .arg(line)
        .arg(column)
        .arg(offset);
}

QString msgNotAnObjectDocument()
{
    return translated(QT_TRANSLATE_NOOP("mestring",
        "The file must contain one JSON object with \"format\" and "
        "\"version\"."));
}

QString msgWrongFormat(const QString &expected)
{
    return translated(QT_TRANSLATE_NOOP("mestring",
                          "This is not a Mestring interchange file (\"format\" "
                          "must be \"%1\")."))
        .arg(expected);
}

QString msgWrongVersion(int expected)
{
    return translated(
        QT_TRANSLATE_NOOP("mestring", "Unsupported version: this program reads version %1."))
        .arg(expected);
}

QString msgDuplicateField()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "The field appears more than once."));
}

QString msgUnknownField()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Unknown field."));
}

QString msgRequired()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Required field is missing."));
}

QString msgEmptyText()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Must not be empty."));
}

QString msgExpectedString()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Expected text (a JSON string)."));
}

QString msgExpectedBool()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Expected true or false."));
}

QString msgExpectedNumber()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Expected a number."));
}

QString msgExpectedWholeNumber()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Expected a whole number."));
}

QString msgNumberOutOfRange()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "The number is too large."));
}

QString msgExpectedArray()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Expected a list (a JSON array)."));
}

QString msgExpectedObject()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Expected a JSON object."));
}

QString msgUnknownCode(const QString &given, const QStringList &allowed)
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Unknown value \"%1\"; allowed values: %2."))
        .arg(given, allowed.join(QStringLiteral(", ")));
}

QString msgBadDate()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Expected a date written YYYY-MM-DD."));
}

QString msgImpossibleDate()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "This date does not exist."));
}

QString msgBadDateTime()
{
    return translated(QT_TRANSLATE_NOOP("mestring",
        "Expected a date and time with UTC offset, written "
        "YYYY-MM-DDTHH:MM:SS+HH:MM (or Z for UTC)."));
}

QString msgImpossibleDateTime()
{
    return translated(
        QT_TRANSLATE_NOOP("mestring", "This date, time or UTC offset does not exist."));
}

QString msgBadTime()
{
    return translated(
        QT_TRANSLATE_NOOP("mestring", "Expected a time of day written HH:MM (00:00-23:59)."));
}

QString msgScheduleOneKey()
{
    return translated(QT_TRANSLATE_NOOP("mestring",
        "A schedule has exactly one of \"daily\", "
        "\"weekdays\" or \"every_days\"."));
}

QString msgDailyMustBeTrue()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "\"daily\" can only be true."));
}

QString msgWeekdaysEmpty()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Name at least one weekday."));
}

QString msgWeekdayTwice()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "This weekday is already listed."));
}

QString msgEveryDaysPositive()
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Must be 1 or more days."));
}

QString msgTakeHomeDaysRequired()
{
    return translated(
        QT_TRANSLATE_NOOP("mestring", "Mode take_home needs the number of take-home days."));
}

QString msgTakeHomeDaysOnlyForTakeHome()
{
    return translated(
        QT_TRANSLATE_NOOP("mestring", "Take-home days belong to mode take_home only."));
}

QString msgDoseRequiredForStatus()
{
    return translated(
        QT_TRANSLATE_NOOP("mestring", "A dose that was taken or handed out needs dose_mg."));
}

QString msgTooManyErrors(int shown)
{
    return translated(QT_TRANSLATE_NOOP("mestring", "Only the first %1 errors are shown."))
        .arg(shown);
}

} // namespace mestring::core::exchange
